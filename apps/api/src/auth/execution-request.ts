import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { RequestContext } from './request-context.js';

/**
 * The guard and `@Ctx()` serve GraphQL operations and plain HTTP routes (document uploads and
 * downloads) alike: one policy layer, whatever the transport. This is the only place that knows
 * where each keeps its HTTP request and the {@link RequestContext} built for it.
 */
const httpContexts = new WeakMap<FastifyRequest, RequestContext>();

export function requestOf(execution: ExecutionContext): FastifyRequest {
  if (execution.getType<GqlContextType>() === 'graphql') return GqlExecutionContext.create(execution).getContext<GraphQLContext>().req;
  return execution.switchToHttp().getRequest<FastifyRequest>();
}

export function storeRequestContext(execution: ExecutionContext, ctx: RequestContext): void {
  if (execution.getType<GqlContextType>() === 'graphql') {
    GqlExecutionContext.create(execution).getContext<GraphQLContext>().requestContext = ctx;
  } else {
    httpContexts.set(execution.switchToHttp().getRequest<FastifyRequest>(), ctx);
  }
}

export function requestContextOf(execution: ExecutionContext): RequestContext {
  const stored =
    execution.getType<GqlContextType>() === 'graphql'
      ? GqlExecutionContext.create(execution).getContext<GraphQLContext>().requestContext
      : httpContexts.get(execution.switchToHttp().getRequest<FastifyRequest>());
  return stored ?? RequestContext.anonymous();
}
