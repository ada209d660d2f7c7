import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ExpectedVersion } from '../projects/expected-version.decorator.js';
import { Project } from '../projects/models/project.model.js';
import { SetIndicatorActualInput, SetIndicatorsInput, SetIndicatorTierInput } from './dto/indicator.input.js';
import { IndicatorMutationService } from './indicator-mutation.service.js';

@Resolver(() => Project)
export class IndicatorMutationsResolver {
  constructor(private readonly service: IndicatorMutationService) {}

  @Mutation(() => Project, { description: 'Sets the indicators by key, keeping what the list does not say (and sets the evaluation\'s kind and framework).' })
  @Allow(Permission.EditProject)
  setIndicators(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: SetIndicatorsInput,
  ): Promise<Project> {
    return this.service.setIndicators(ctx, projectId, expectedVersion, input);
  }

  @Mutation(() => Project, { description: 'Sets an indicator\'s 实际完成值 (and its 偏差原因, 佐证材料).' })
  @Allow(Permission.EvaluateProject)
  setIndicatorActual(
    @Ctx() ctx: RequestContext,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: SetIndicatorActualInput,
  ): Promise<Project> {
    return this.service.setActual(ctx, indicatorId, expectedVersion, input);
  }

  @Mutation(() => Project, { description: 'Sets a qualitative indicator\'s tier and score with the reason; the score must lie in the tier.' })
  @Allow(Permission.EvaluateProject)
  setIndicatorTier(
    @Ctx() ctx: RequestContext,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: SetIndicatorTierInput,
  ): Promise<Project> {
    return this.service.setTier(ctx, indicatorId, expectedVersion, input);
  }
}
