import type { PlainDate } from '../time/plain-date.js';

/**
 * The stages of one project's performance-management year (pmkpi's 目标申报 → 初审/复审 →
 * 调整 → 运行监控 → 单位自评 → 问题整改 → 结果应用 → 绩效公开). A project is in exactly one; the
 * lists inside (adjustments, monitoring rounds, rectification tasks) carry their own statuses.
 */
export type LifecycleStage =
  /** 目标申报: the unit drafts targets and indicators, finance reviews them twice. */
  | 'targets'
  /** 执行: targets approved; adjustments and monitoring rounds run. */
  | 'execution'
  /** 自评: the unit's self-evaluation is submitted and reviewed by finance. */
  | 'selfEvaluation'
  /** 整改: the self-evaluation is accepted; rectification tasks are worked off. */
  | 'rectification'
  /** 结果应用: finance has recorded the budget suggestion for next year. */
  | 'resultsApplied'
  /** 公开: the unit has decided on disclosure (public, or not with a reason). */
  | 'published';

export const LIFECYCLE_STAGES: readonly LifecycleStage[] = ['targets', 'execution', 'selfEvaluation', 'rectification', 'resultsApplied', 'published'];

export const STAGE_LABELS: Readonly<Record<LifecycleStage, string>> = {
  targets: '目标申报',
  execution: '执行监控',
  selfEvaluation: '单位自评',
  rectification: '问题整改',
  resultsApplied: '结果应用',
  published: '绩效公开',
};

/** 绩效目标: draft → 初审 → 复审 → approved; either review may return it to draft with a reason. */
export type TargetStatus = 'draft' | 'firstReview' | 'secondReview' | 'approved';

/** 调整/修订: a change of targets or budget during the year, with its own approval. */
export interface Adjustment {
  readonly id: string;
  readonly summary: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly reviewReason?: string;
}

/** What the unit answers to an alert of a monitoring round (财预〔2019〕136号: measures for targets at risk). */
export type AlertResponse = 'continue' | 'reallocate' | 'cancel';

export const ALERT_RESPONSE_LABELS: Readonly<Record<AlertResponse, string>> = { continue: '继续执行', reallocate: '调剂', cancel: '取消' };

export interface RoundAlert {
  readonly id: string;
  /** What the alert is about, e.g. "预算执行率 red" or an indicator's name. */
  readonly subject: string;
  /** Set when finance has reviewed the round: the response is due by then. */
  readonly responseDue?: PlainDate;
  readonly response?: AlertResponse;
  readonly responseNote?: string;
}

/** 运行监控 round: finance opens it for a period; the unit fills it; finance reviews (or returns it). */
export interface MonitoringRound {
  readonly id: string;
  /** Months covered, cumulative from January (e.g. 1–7). */
  readonly throughMonth: number;
  readonly fillDue: PlainDate;
  readonly status: 'open' | 'filled' | 'reviewed';
  readonly alerts: readonly RoundAlert[];
  readonly returnReason?: string;
}

/** 整改 task: from a finding or a review comment, with an owner, a deadline and evidence. */
export interface RectificationTask {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly deadline: PlainDate;
  readonly status: 'open' | 'evidenceSubmitted' | 'closed';
  readonly evidence?: string;
  readonly returnReason?: string;
}

/** 结果应用: next year's budget suggestion (优 优先保障, 良 保障, 中 压缩, 差 取消, or the local table). */
export interface ResultsApplication {
  readonly suggestion: string;
  readonly note?: string;
}

/** 公开: 是否公开 and, when not, 非公开原因. */
export interface Disclosure {
  readonly public: boolean;
  readonly reason?: string;
}

export interface LifecycleState {
  readonly stage: LifecycleStage;
  readonly targets: { readonly status: TargetStatus; readonly returnReason?: string };
  readonly adjustments: readonly Adjustment[];
  readonly rounds: readonly MonitoringRound[];
  readonly selfEvaluation: { readonly status: 'notSubmitted' | 'submitted' | 'accepted'; readonly returnReason?: string };
  readonly rectifications: readonly RectificationTask[];
  readonly results?: ResultsApplication;
  readonly disclosure?: Disclosure;
}

/** A project's year before anything happened: the unit is drafting its targets. */
export const INITIAL_LIFECYCLE: LifecycleState = {
  stage: 'targets',
  targets: { status: 'draft' },
  adjustments: [],
  rounds: [],
  selfEvaluation: { status: 'notSubmitted' },
  rectifications: [],
};
