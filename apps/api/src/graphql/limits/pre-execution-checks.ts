import type { FastifyRequest } from 'fastify';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import type { AuthService } from '../../auth/auth.service.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { checkOperationCost } from './operation-cost.js';
import type { PublicRootFields } from './public-root-fields.js';

/** Mercurius' preExecution hook: after parsing and validation (both cached), before any resolver. */
export type PreExecutionHook = (
  schema: GraphQLSchema,
  document: DocumentNode,
  context: MercuriusContext,
  variables: Record<string, unknown> | undefined,
) => Promise<void>;

/**
 * The checks that need the request: an anonymous caller may run only public root fields (login),
 * so nothing else of the API is reachable without an account; then the operation's cost and page
 * sizes, with its variables.
 */
export function preExecutionChecks(auth: AuthService, publicRootFields: PublicRootFields): PreExecutionHook {
  return async (schema, document, context, variables) => {
    const request = context.reply.request;
    const operationName = requestedOperationName(request);
    const caller = await auth.contextFor(request);
    if (caller.via === 'anonymous' && !publicRootFields.allPublic(document, operationName)) {
      throw new ApiError(ApiErrorCode.Unauthenticated, '请先登录', { reason: 'anonymous' });
    }
    checkOperationCost(schema, document, variables, operationName);
  };
}

/** `operationName` of a POST body or a GET query string, as mercurius reads it. */
function requestedOperationName(req: FastifyRequest): string | undefined {
  const params = (req.method === 'GET' ? req.query : req.body) as { operationName?: unknown } | null | undefined;
  return typeof params?.operationName === 'string' && params.operationName !== '' ? params.operationName : undefined;
}
