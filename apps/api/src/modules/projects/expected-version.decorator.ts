import { Args, Int } from '@nestjs/graphql';

/**
 * The `expectedVersion` argument every project mutation takes: the `Project.version` the caller's
 * change was based on. A stale one answers CONFLICT (`reason: staleVersion`, `currentVersion`).
 */
export const ExpectedVersion = (): ParameterDecorator =>
  Args('expectedVersion', {
    type: () => Int,
    description: 'The Project.version this change is based on; another write since answers CONFLICT (reason staleVersion) with currentVersion.',
  });
