import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { RequestContext } from './request-context.js';

/** Injects the {@link RequestContext} the guard built for this request. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  const context = GqlExecutionContext.create(execution).getContext<GraphQLContext>();
  return context.requestContext ?? RequestContext.anonymous();
});
