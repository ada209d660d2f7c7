import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ExpectedVersion } from '../projects/expected-version.decorator.js';
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
    @ExpectedVersion() expectedVersion: number,
    @Args('input', { type: () => ScoreEvaluationInput }) input: ScoreEvaluationInput,
  ): Promise<Project> {
    return this.service.score(ctx, projectId, expectedVersion, input);
  }

  @Mutation(() => Project, {
    description:
      'Submits (freezes) the evaluation: its inputs and results are stored as a snapshot with a SHA-256 content hash, and reads show the snapshot. Refused (CONFLICT, reason auditErrors) while the audit reports errors.',
  })
  @Allow(Permission.EvaluateProject)
  submitEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @ExpectedVersion() expectedVersion: number,
  ): Promise<Project> {
    return this.service.submit(ctx, projectId, expectedVersion);
  }

  @Mutation(() => Project, {
    description: '退回: reopens a submitted evaluation for changes (financeReviewer or admin only); the reason is required and kept in the history.',
  })
  @Allow(Permission.EvaluateProject)
  returnEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('reason', { description: '退回原因 (required).' }) reason: string,
  ): Promise<Project> {
    return this.service.returnForRevision(ctx, projectId, expectedVersion, reason);
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
