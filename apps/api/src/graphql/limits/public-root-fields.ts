import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { Kind, getOperationAST, type DocumentNode, type SelectionSetNode } from 'graphql';
import { ALLOW_METADATA } from '../../auth/allow.decorator.js';
import { Permission } from '../../auth/permission.js';

/** Meta fields anyone may ask for (introspection is refused in production by validation). */
const META_FIELDS = new Set(['__typename', '__schema', '__type']);

/**
 * The root fields (`Query.x`, `Mutation.y`) declared `@Allow(Permission.Public)`: what an
 * anonymous caller may run. Read from the same `@Allow` metadata the guard enforces, so a public
 * operation added later (refreshing a session…) needs only its decorator.
 */
@Injectable()
export class PublicRootFields {
  private fields: ReadonlySet<string> | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /**
   * Whether every root field the request would run is public. Fragments on the root type are
   * followed; an operation that cannot be picked (no such name) is not public.
   */
  allPublic(document: DocumentNode, operationName: string | undefined): boolean {
    const operation = getOperationAST(document, operationName);
    if (!operation) return false;
    const type = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
    const fragments = new Map<string, SelectionSetNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
    }
    const publicFields = this.publicFields();
    const seen = new Set<string>();
    const pending: SelectionSetNode[] = [operation.selectionSet];
    for (let set = pending.pop(); set; set = pending.pop()) {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (!META_FIELDS.has(name) && !publicFields.has(`${type}.${name}`)) return false;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          pending.push(selection.selectionSet);
        } else if (!seen.has(selection.name.value)) {
          // Each fragment once: spreading one many times adds no root field.
          seen.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) pending.push(fragment);
        }
      }
    }
    return true;
  }

  private publicFields(): ReadonlySet<string> {
    this.fields ??= this.scan();
    return this.fields;
  }

  private scan(): ReadonlySet<string> {
    const fields = new Set<string>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || typeof instance !== 'object' || typeof metatype !== 'function') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method];
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const allowed = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_METADATA, [handler, metatype]);
        if (!allowed?.includes(Permission.Public)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        fields.add(`${type}.${name}`);
      }
    }
    return fields;
  }
}
