import 'reflect-metadata';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, of, timer, map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ExecutionDeadlineInterceptor } from '../src/graphql/execution-deadline.interceptor.js';

/** A resolver call as Nest hands it to interceptors: (root, args, context, info). */
function resolverCall(deadline: number): ExecutionContext {
  const args = [{}, {}, { deadline }, {}];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
    getClass: () => Object,
    getHandler: () => () => undefined,
    switchToHttp: () => { throw new Error('not http'); },
    switchToRpc: () => { throw new Error('not rpc'); },
    switchToWs: () => { throw new Error('not ws'); },
  } as unknown as ExecutionContext;
}

const answering = (after: number): CallHandler => ({ handle: () => timer(after).pipe(map(() => 'answer')) });

describe('the execution deadline', () => {
  const interceptor = new ExecutionDeadlineInterceptor();

  it('lets a resolver answer before the deadline', async () => {
    await expect(firstValueFrom(interceptor.intercept(resolverCall(Date.now() + 1_000), answering(5)))).resolves.toBe('answer');
  });

  it('answers TIMEOUT for a resolver still running at the deadline', async () => {
    const result = firstValueFrom(interceptor.intercept(resolverCall(Date.now() + 30), answering(2_000)));
    await expect(result).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });

  it('starts no resolver after the deadline', () => {
    let started = false;
    const handler: CallHandler = { handle: () => { started = true; return of('answer'); } };
    expect(() => interceptor.intercept(resolverCall(Date.now() - 1), handler)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TIMEOUT' }) }));
    expect(started).toBe(false);
  });
});
