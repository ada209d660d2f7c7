import { readFileSync, readdirSync } from 'node:fs';
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const OPERATIONS = new URL('../../../../packages/contract/src/operations/', import.meta.url);

export interface ContractOperation {
  readonly name: string;
  /** The operation with every fragment it uses, as a client sends it. */
  readonly document: DocumentNode;
}

/** The operations of the dashboard and the bot (packages/contract), each as a sendable document. */
export function contractOperations(): ContractOperation[] {
  const files = readdirSync(OPERATIONS).filter((name) => name.endsWith('.graphql'));
  const all = parse(files.map((name) => readFileSync(new URL(name, OPERATIONS), 'utf8')).join('\n'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of all.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return all.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
      for (let node = pending.pop(); node; node = pending.pop()) {
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(spread.name.value)) {
              used.set(spread.name.value, fragment);
              pending.push(fragment);
            }
          },
        });
      }
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
      return { name: operation.name?.value ?? '(anonymous)', document };
    });
}

/**
 * Variables for an operation, the heaviest a client could send: every page size at its maximum,
 * other required values plausible (ids, region codes, years).
 */
export function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, maxPageSize: number): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    variables[name] = name === 'first' || name === 'last' ? maxPageSize : sample(type, name);
  }
  return variables;
}

function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = sample(field.type, field.name);
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return /year/i.test(name) ? 2023 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Decimal':
        return '1.00';
      default:
        return /region/i.test(name) ? '652300' : 'x';
    }
  }
  return null;
}
