import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Project } from '../projects/models/project.model.js';
import { ScoreEvaluationInput } from './dto/score-evaluation.input.js';
import { EvaluationMutationService } from './evaluation-mutation.service.js';

@Resolver(() => Project)
export class EvaluationMutationsResolver {
  constructor(private readonly service: EvaluationMutationService) {}

  @Mutation(() => Project, { description: 'States the evaluation\'s scores (得分), total and grade; the audit compares them with the rules.' })
  @Allow(Permission.EvaluateProject)
  scoreEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input', { type: () => ScoreEvaluationInput }) input: ScoreEvaluationInput,
  ): Promise<Project> {
    return this.service.score(ctx, projectId, input);
  }

  @Mutation(() => Project, { description: 'Submits (freezes) the evaluation; refused (CONFLICT, reason auditErrors) while the audit reports errors.' })
  @Allow(Permission.EvaluateProject)
  submitEvaluation(@Ctx() ctx: RequestContext, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return this.service.submit(ctx, projectId);
  }

  @Mutation(() => Boolean, { description: 'Assigns an evaluator to a project (admin).' })
  @Allow(Permission.Administer)
  assignEvaluator(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.service.assignEvaluator(projectId, userId);
  }
}
