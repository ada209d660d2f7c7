import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';

/**
 * The param type pipes see for `@Args()` (Nest maps @nestjs/graphql's GqlParamtype.ARGS to it).
 * HTTP routes would see it for `@Body()`, which none uses: uploads are read by the documents module.
 */
const GRAPHQL_ARGS = 'body';

/** Input fields (class → property names) where an explicit null means “clear it”. */
const NULL_CLEARS = new WeakMap<object, Set<string>>();

/**
 * Marks an input field whose explicit `null` clears a stored value (“omitted stays, null clears”).
 * Everywhere else, {@link NullArgumentsPipe} reads null as “not given”.
 */
export function NullClears(): PropertyDecorator {
  return (prototype, property) => {
    const names = NULL_CLEARS.get(prototype.constructor) ?? new Set<string>();
    names.add(String(property));
    NULL_CLEARS.set(prototype.constructor, names);
  };
}

/**
 * In GraphQL a nullable argument or input field may be sent as `null` (`projects(after: null)`,
 * a variable bound to null). For every argument of every resolver, null means “not given”: the
 * value reaches the resolver as undefined — the same as when it is omitted — so no resolver has to
 * tell the two apart. Input fields marked {@link NullClears} keep their null. Applied once, as a
 * global pipe (app.module.ts); nested input objects are walked through the code-first metadata.
 */
@Injectable()
export class NullArgumentsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== GRAPHQL_ARGS) return value;
    return normalise(value, metadata.metatype);
  }
}

function normalise(value: unknown, type: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map((item: unknown) => (item === null ? null : normalise(item, type)));
  if (typeof value !== 'object' || typeof type !== 'function') return value;
  const fields = fieldTypes(type);
  if (!fields) return value;
  const clears = NULL_CLEARS.get(type);
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const declared = fields.get(key);
    if (field === null) {
      // A field with a default takes it, as when omitted (graphql-js passes an explicit null on).
      if (clears?.has(key)) result[key] = null;
      else if (declared?.defaultValue !== undefined) result[key] = declared.defaultValue;
      continue;
    }
    result[key] = normalise(field, declared?.type);
  }
  return result;
}

interface DeclaredField {
  readonly type: unknown;
  readonly defaultValue: unknown;
}

const FIELD_TYPES = new WeakMap<object, Map<string, DeclaredField> | null>();

/** The declared type and default of each field of an @InputType or @ArgsType class; null for other classes. */
function fieldTypes(type: object): Map<string, DeclaredField> | null {
  const cached = FIELD_TYPES.get(type);
  if (cached !== undefined) return cached;
  const target = type as new () => unknown;
  const metadata = TypeMetadataStorage.getInputTypeMetadataByTarget(target) ?? TypeMetadataStorage.getArgumentsMetadataByTarget(target);
  const fields = metadata?.properties
    ? new Map(
        metadata.properties.map((property) => {
          let declared: unknown = property.typeFn();
          while (Array.isArray(declared)) declared = declared[0];
          return [property.name, { type: declared, defaultValue: property.options.defaultValue as unknown }] as const;
        }),
      )
    : null;
  FIELD_TYPES.set(type, fields);
  return fields;
}
