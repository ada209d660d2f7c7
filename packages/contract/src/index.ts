/**
 * @jixiao/contract — the GraphQL operations of the dashboard and the bot as typed documents
 * (result and variable types included), generated from the API's committed schema.
 * Regenerate with `pnpm --filter @jixiao/contract generate`; a test fails while the committed
 * output is stale.
 */
export * from './generated/graphql.js';
