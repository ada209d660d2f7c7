import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/request-context.js';
import type { RequestLoaders } from './request-loaders.js';

/** The per-request GraphQL context: the HTTP request, its loaders and, once the guard ran, who calls. */
export interface GraphQLContext {
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
  /** Built fresh per request so that nothing cached outlives it (the API is stateless). */
  readonly loaders: RequestLoaders;
  /** When execution must end (ms since the epoch); see execution-deadline.interceptor.ts. */
  readonly deadline: number;
  requestContext?: RequestContext;
}
