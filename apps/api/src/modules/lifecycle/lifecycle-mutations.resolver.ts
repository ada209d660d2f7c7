import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ExpectedVersion } from '../projects/expected-version.decorator.js';
import { requireDate } from './lifecycle-dates.js';
import { LifecycleService } from './lifecycle.service.js';
import { AlertResponseEnum } from './models/lifecycle-enums.js';
import { ProjectLifecycle } from './models/project-lifecycle.model.js';

const UNIT = 'The project\'s own unit staff (or an administrator); others FORBIDDEN, unreadable projects NOT_FOUND; a step that does not fit the stage CONFLICT with reason.';
const FINANCE = 'A finance reviewer (or an administrator); others FORBIDDEN; a step that does not fit the stage CONFLICT with reason.';
const PROJECT = () => Args('projectId', { type: () => ID });
const APPROVE = () => Args('approve', { description: 'true 通过, false 退回/不予通过 (then reason is required).' });
const REASON = () => Args('reason', { type: () => String, nullable: true, description: 'Why (required to return or reject); kept in the history.' });

/** One mutation per step of a project's year; the core's stage machine decides who may take it and when. */
@Resolver(() => ProjectLifecycle)
export class LifecycleMutationsResolver {
  constructor(private readonly service: LifecycleService) {}

  @Mutation(() => ProjectLifecycle, { description: `提交绩效目标 for 初审. ${UNIT}` })
  @Allow(Permission.ReadProject)
  submitTargets(@Ctx() ctx: RequestContext, @PROJECT() projectId: string): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'submitTargets' });
  }

  @Mutation(() => ProjectLifecycle, { description: `初审 or 复审 of the targets (whichever is due): 通过, or 退回 to draft with a reason. ${FINANCE}` })
  @Allow(Permission.ReadProject)
  reviewTargets(@Ctx() ctx: RequestContext, @PROJECT() projectId: string, @APPROVE() approve: boolean, @REASON() reason?: string): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'reviewTargets', approve, reason });
  }

  @Mutation(() => ProjectLifecycle, { description: `调整/修订: proposes a change of targets or budget during execution (one pending at a time). ${UNIT}` })
  @Allow(Permission.ReadProject)
  proposeAdjustment(@Ctx() ctx: RequestContext, @PROJECT() projectId: string, @Args('summary') summary: string): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'proposeAdjustment', summary });
  }

  @Mutation(() => ProjectLifecycle, { description: `Approves or rejects (with a reason) a pending adjustment. ${FINANCE}` })
  @Allow(Permission.ReadProject)
  reviewAdjustment(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('adjustmentId') adjustmentId: string,
    @APPROVE() approve: boolean,
    @REASON() reason?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'reviewAdjustment', adjustmentId, approve, reason });
  }

  @Mutation(() => ProjectLifecycle, { description: `Opens a 运行监控 round for January–throughMonth, to be filled by fillDue (YYYY-MM-DD). ${FINANCE}` })
  @Allow(Permission.ReadProject)
  openMonitoringRound(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('throughMonth', { type: () => Int }) throughMonth: number,
    @Args('fillDue') fillDue: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'openRound', throughMonth, fillDue: requireDate('fillDue', fillDue) });
  }

  @Mutation(() => ProjectLifecycle, { description: `Fills an open round: the alerts the unit reports (e.g. 预算执行率 红灯), each to be answered after review. ${UNIT}` })
  @Allow(Permission.ReadProject)
  fillMonitoringRound(@Ctx() ctx: RequestContext, @PROJECT() projectId: string, @Args('roundId') roundId: string, @Args('alerts', { type: () => [String] }) alerts: string[]): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'fillRound', roundId, alerts });
  }

  @Mutation(() => ProjectLifecycle, {
    description: `Reviews a filled round: 通过 sets each alert's response due responseWorkingDays (default 5) working days on; 退回 reopens it with a reason. ${FINANCE}`,
  })
  @Allow(Permission.ReadProject)
  reviewMonitoringRound(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('roundId') roundId: string,
    @APPROVE() approve: boolean,
    @REASON() reason?: string,
    @Args('responseWorkingDays', { type: () => Int, nullable: true }) responseWorkingDays?: number,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'reviewRound', roundId, approve, reason, responseWorkingDays });
  }

  @Mutation(() => ProjectLifecycle, { description: `Answers an alert of a reviewed round: 继续执行, 调剂 or 取消 (the last two with the measures in note). ${UNIT}` })
  @Allow(Permission.ReadProject)
  respondToAlert(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('roundId') roundId: string,
    @Args('alertId') alertId: string,
    @Args('response', { type: () => AlertResponseEnum }) response: AlertResponseEnum,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'respondToAlert', roundId, alertId, response, note });
  }

  @Mutation(() => ProjectLifecycle, {
    description: `提交自评: submits (freezes) the evaluation as submitEvaluation does and moves the year to 自评, in one transaction; refused while a round or an adjustment awaits review. ${UNIT}`,
  })
  @Allow(Permission.EvaluateProject)
  submitSelfEvaluation(@Ctx() ctx: RequestContext, @PROJECT() projectId: string, @ExpectedVersion() expectedVersion: number): Promise<ProjectLifecycle> {
    return this.service.submitSelfEvaluation(ctx, projectId, expectedVersion);
  }

  @Mutation(() => ProjectLifecycle, { description: `审核自评: 通过 starts 整改 (the evaluation stays frozen); 退回 reopens the evaluation with a reason. ${FINANCE}` })
  @Allow(Permission.EvaluateProject)
  reviewSelfEvaluation(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @ExpectedVersion() expectedVersion: number,
    @APPROVE() approve: boolean,
    @REASON() reason?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.reviewSelfEvaluation(ctx, projectId, expectedVersion, approve, reason);
  }

  @Mutation(() => ProjectLifecycle, { description: `下达整改任务 from a finding or review comment: title, owner, deadline (YYYY-MM-DD). ${FINANCE}` })
  @Allow(Permission.ReadProject)
  createRectification(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('title') title: string,
    @Args('owner', { description: '整改责任人 (a person or office).' }) owner: string,
    @Args('deadline') deadline: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'createRectification', title, owner, deadline: requireDate('deadline', deadline) });
  }

  @Mutation(() => ProjectLifecycle, { description: `提交整改材料: the evidence of an open task. ${UNIT}` })
  @Allow(Permission.ReadProject)
  submitRectificationEvidence(@Ctx() ctx: RequestContext, @PROJECT() projectId: string, @Args('taskId') taskId: string, @Args('evidence') evidence: string): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'submitEvidence', taskId, evidence });
  }

  @Mutation(() => ProjectLifecycle, { description: `销号 (通过) or returns (with a reason) a task's evidence. ${FINANCE}` })
  @Allow(Permission.ReadProject)
  reviewRectificationEvidence(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('taskId') taskId: string,
    @APPROVE() approve: boolean,
    @REASON() reason?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'reviewEvidence', taskId, approve, reason });
  }

  @Mutation(() => ProjectLifecycle, { description: `结果应用: records next year's budget suggestion once every rectification task is closed. ${FINANCE}` })
  @Allow(Permission.ReadProject)
  applyResults(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('suggestion', { description: 'e.g. 优先保障, 保障, 压缩, 取消.' }) suggestion: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'applyResults', suggestion, note });
  }

  @Mutation(() => ProjectLifecycle, { description: `绩效公开: 是否公开, and 非公开原因 (reason) when not. ${UNIT}` })
  @Allow(Permission.ReadProject)
  publishPerformance(
    @Ctx() ctx: RequestContext,
    @PROJECT() projectId: string,
    @Args('isPublic') isPublic: boolean,
    @REASON() reason?: string,
  ): Promise<ProjectLifecycle> {
    return this.service.act(ctx, projectId, { kind: 'publish', public: isPublic, reason });
  }
}
