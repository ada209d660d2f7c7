import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestContextOf } from './execution-request.js';
import type { RequestContext } from './request-context.js';

/** Injects the {@link RequestContext} the guard built for this request (GraphQL or plain HTTP). */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => requestContextOf(execution));
