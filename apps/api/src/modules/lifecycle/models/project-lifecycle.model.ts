import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AlertResponseEnum, LifecycleSide, LifecycleStageEnum } from './lifecycle-enums.js';

@ObjectType({ description: '调整/修订: a change during the year with its own approval.' })
export class LifecycleAdjustment {
  @Field() id: string;
  @Field() summary: string;
  @Field({ description: 'pending, approved or rejected.' }) status: string;
  @Field(() => String, { nullable: true, description: 'Why it was rejected (always given), or the approval note.' }) reviewReason: string | null;
}

@ObjectType({ description: 'One alert of a monitoring round and the unit\'s response.' })
export class LifecycleRoundAlert {
  @Field() id: string;
  @Field() subject: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: set by the review, N working days after it.' }) responseDue: string | null;
  @Field(() => AlertResponseEnum, { nullable: true }) response: AlertResponseEnum | null;
  @Field(() => String, { nullable: true }) responseNote: string | null;
  @Field({ description: 'The response is due and missing (the item is flagged).' }) overdue: boolean;
}

@ObjectType({ description: '运行监控 round: January to throughMonth, opened by finance, filled by the unit, reviewed by finance.' })
export class LifecycleRound {
  @Field() id: string;
  @Field(() => Int) throughMonth: number;
  @Field({ description: 'YYYY-MM-DD' }) fillDue: string;
  @Field({ description: 'open, filled or reviewed.' }) status: string;
  @Field(() => String, { nullable: true, description: 'Why finance returned it.' }) returnReason: string | null;
  @Field(() => [LifecycleRoundAlert]) alerts: LifecycleRoundAlert[];
}

@ObjectType({ description: '整改 task: owner, deadline, evidence, closed by finance.' })
export class LifecycleRectification {
  @Field() id: string;
  @Field() title: string;
  @Field() owner: string;
  @Field({ description: 'YYYY-MM-DD' }) deadline: string;
  @Field({ description: 'open, evidenceSubmitted or closed.' }) status: string;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => String, { nullable: true, description: 'Why finance returned the evidence.' }) returnReason: string | null;
  @Field({ description: 'Not closed and past its deadline.' }) overdue: boolean;
}

@ObjectType({ description: 'A step that waits for someone (待办).' })
export class LifecyclePendingStep {
  @Field(() => LifecycleSide) side: LifecycleSide;
  @Field({ description: 'The mutation that takes the step, e.g. reviewTargets.' }) action: string;
  @Field({ description: 'The step in Chinese, e.g. 审核绩效目标.' }) label: string;
  @Field(() => String, { nullable: true, description: 'The round, alert (round-1/alert-2) or task it is about.' }) subjectId: string | null;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) due: string | null;
  @Field() overdue: boolean;
}

@ObjectType({ description: 'One step of the year as the history keeps it: who, when, what, why.' })
export class LifecycleStep {
  @Field(() => Int) version: number;
  @Field() action: string;
  @Field({ description: 'The step in Chinese.' }) actionLabel: string;
  @Field(() => String, { nullable: true }) actorId: string | null;
  @Field({ description: 'The actor\'s display name at the time.' }) actorName: string;
  @Field({ description: 'The actor\'s role at the time.' }) actorRole: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true, description: 'Why (always given for a return or rejection).' }) reason: string | null;
}

@ObjectType({ description: 'Where a project\'s year stands: the stage, each review, the rounds and tasks, what waits for whom, the history.' })
export class ProjectLifecycle {
  @Field(() => ID) projectId: string;
  @Field(() => LifecycleStageEnum) stage: LifecycleStageEnum;
  @Field({ description: 'The stage in Chinese.' }) stageLabel: string;
  @Field(() => Int, { description: 'Steps taken so far (0: none yet).' }) version: number;
  @Field({ description: 'Targets: draft, firstReview (初审), secondReview (复审) or approved.' }) targetStatus: string;
  @Field(() => String, { nullable: true, description: 'Why the last review returned the targets.' }) targetReturnReason: string | null;
  @Field(() => [LifecycleAdjustment]) adjustments: LifecycleAdjustment[];
  @Field(() => [LifecycleRound]) rounds: LifecycleRound[];
  @Field({ description: 'Self-evaluation: notSubmitted, submitted or accepted.' }) selfEvaluationStatus: string;
  @Field(() => String, { nullable: true, description: 'Why finance returned the self-evaluation.' }) selfEvaluationReturnReason: string | null;
  @Field(() => [LifecycleRectification]) rectifications: LifecycleRectification[];
  @Field(() => String, { nullable: true, description: '结果应用: next year\'s budget suggestion.' }) resultsSuggestion: string | null;
  @Field(() => String, { nullable: true }) resultsNote: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否公开 (null until decided).' }) isPublic: boolean | null;
  @Field(() => String, { nullable: true, description: '非公开原因.' }) nonDisclosureReason: string | null;
  @Field(() => [LifecyclePendingStep]) pending: LifecyclePendingStep[];
  @Field(() => [LifecycleStep], { description: 'Every step, oldest first.' }) history: LifecycleStep[];
}

@ObjectType({ description: '待办: a step waiting for the signed-in user, with its project.' })
export class TodoItem {
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field(() => Int) fiscalYear: number;
  @Field() unitName: string;
  @Field(() => LifecycleStageEnum) stage: LifecycleStageEnum;
  @Field(() => LifecyclePendingStep) step: LifecyclePendingStep;
}
