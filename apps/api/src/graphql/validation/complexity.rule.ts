import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The largest page a paginated field serves; an unknown `first` (a variable) is assumed to be this. */
export const MAX_PAGE_SIZE = 100;

/**
 * Rejects operations whose estimated cost exceeds `maxCost`, before anything executes. A field
 * costs 1, or its `complexity` extension (`@Field({ complexity })`) for fields that load and score
 * a whole project; the cost of what is selected under a paginated field is multiplied by its page
 * size. The rule needs no variables, so mercurius can cache its verdict with the parsed document.
 */
export function complexityLimitRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const cost = selectionCost(operation.selectionSet, root, fragments, new Set());
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`查询过于复杂（估算代价 ${cost}，上限 ${maxCost}），请减少分页大小或所选字段`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
          }),
        );
      }
    },
  });
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue;
      const own = typeof field.extensions.complexity === 'number' ? field.extensions.complexity : 1;
      const childType = getNamedType(field.type);
      const children =
        selection.selectionSet && isCompositeType(childType)
          ? selectionCost(selection.selectionSet, childType, fragments, visiting)
          : 0;
      total += own + pageSize(selection.arguments ?? []) * children;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      // The schema has no unions or interfaces: a fragment's fields live on the parent type.
      total += selectionCost(selection.selectionSet, parentType, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Fragment cycles are reported by the standard NoFragmentCycles rule; here they only stop.
      if (!fragment || visiting.has(name)) continue;
      total += selectionCost(fragment.selectionSet, parentType, fragments, new Set([...visiting, name]));
    }
  }
  return total;
}

function pageSize(args: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[]): number {
  const first = args.find((arg) => arg.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.min(Number(first.value.value), MAX_PAGE_SIZE);
  return MAX_PAGE_SIZE;
}
