/**
 * What one GraphQL operation may ask for. Every limit is checked before anything executes, and
 * each check is linear in the size of the query text (fragments are measured once, however often
 * they are spread), so refusing a hostile query costs about as much as parsing it.
 *
 * The values leave room above the real operations of the dashboard, the bot and the CLI
 * (`packages/contract/src/operations`, checked by test/query-limits.e2e.test.ts).
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document; enforced by graphql-js' parser, which stops reading past it. */
  maxTokens: 4_000,
  /** Nesting of selections, leaf fields included, fragments flattened. The deepest real query is 7. */
  maxDepth: 9,
  /** Aliased fields in an operation, fragments counted every time they are spread. */
  maxAliases: 20,
  /** Directives (`@include`, `@skip`…) in an operation. */
  maxDirectives: 20,
  /** Estimated cost, see operation-cost.ts; a page of 100 projects with their score cards fits. */
  maxCost: 20_000,
  /** Selections the cost estimate may visit, fragments expanded (the largest real operation visits < 300): bounds the estimate's own work. */
  maxCostNodes: 1_500,
  /** The largest page (`first` / `last`) a paginated field serves. */
  maxPageSize: 100,
} as const;
