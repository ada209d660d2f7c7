import type { ListFilter } from '../intents/intent.js';

/**
 * The data the bot shows, as the API returns it. Money is exact decimal yuan as a string ("910200.00"),
 * percentages are decimal percent strings ("91.02" means 91.02%): the bot formats, it never computes with
 * floats. Terms follow the shared glossary.
 */
export type AlertColour = 'red' | 'amber' | 'green';
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';

/** The Jixiao user a chat user is mapped to; the API answers with this user's permissions. */
export interface BotUser {
  readonly id: string;
  readonly displayName: string;
  /** The user's own unit (for 我们委…), or null for users above units (e.g. the finance bureau's reviewers). */
  readonly unitName: string | null;
  /** The region a leader reads (全州, 我们市); null for other users. */
  readonly regionCode: string | null;
}

/** One line of how a score came about: indicator path, points awarded of the weight, and the rule applied. */
export interface ScoreDerivationLine {
  readonly indicator: string;
  readonly score: string;
  readonly weight: string;
  readonly explanation: string;
}

/** One performance indicator (绩效指标) of the project's evaluation, as the core scored it. */
export interface IndicatorStatus {
  readonly name: string;
  /** 年度指标值 and 实际完成值 as written ("≥2次", "3次"); "—" when not stated. */
  readonly target: string;
  readonly actual: string;
  /** Points the core's rule gives; null when no rule could score it. */
  readonly score: string | null;
  readonly weight: string;
  /** Whether the actual meets the target; null when they cannot be compared. */
  readonly meetsTarget: boolean | null;
  /** 偏差率 = (actual − target) ÷ target, percent; null when not quantitative. */
  readonly deviationRate: string | null;
  readonly deviationReason: string | null;
}

/** 支出明细 as the evaluation states it (宣传费 12,000.00). */
export interface ExpenseLine {
  readonly category: string;
  readonly amount: string;
}

/** What the consistency audit found between the evaluation's claims and the numbers. */
export interface AuditFindingLine {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

export interface ProjectStatus {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly fiscalYear: number;
  readonly budgetAmount: string;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  /** spent ÷ received, percent; null when nothing has been received. */
  readonly executionRate: string | null;
  /** received ÷ budget, percent; null when the budget is zero. */
  readonly fundingRate: string | null;
  readonly timeProgress: string;
  /** ISO date the figures are as of. */
  readonly asOf: string;
  readonly alert: AlertColour;
  /** Why the alert is amber or red, in words from the monitoring rules. */
  readonly alertReasons: readonly string[];
  /** 总分 recomputed by the core from the indicators (重算分). */
  readonly totalScore: string | null;
  readonly grade: Grade | null;
  /** 总分 as the evaluation claims it (自评分); null when it states none. */
  readonly claimedScore: string | null;
  readonly derivations: readonly ScoreDerivationLine[];
  readonly indicators: readonly IndicatorStatus[];
  readonly expenses: readonly ExpenseLine[];
  /** Most severe first. */
  readonly auditFindings: readonly AuditFindingLine[];
  readonly dashboardUrl: string;
}

export interface ProjectListQuery {
  readonly filter: ListFilter;
  /** null: every project in the asker's scope. */
  readonly unitName: string | null;
  /** Only this region and the regions below it; null: no region limit. */
  readonly regionCode: string | null;
  /** null: the latest year with data. */
  readonly fiscalYear: number | null;
}

export interface ProjectListItem {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly executionRate: string | null;
  /** null when the project has no execution to judge (nothing received). */
  readonly timeProgress: string | null;
  readonly totalScore: string | null;
  readonly alert: AlertColour;
}

/**
 * How many projects qualify in all. `exact` false: at least `count` (the API was read one page deep and the page
 * was full of matches), so the reply says "至少".
 */
export interface ListTotal {
  readonly count: number;
  readonly exact: boolean;
}

export interface ProjectList {
  /** Already filtered and ordered by the API (e.g. largest deviation first), at most the asked limit. */
  readonly items: readonly ProjectListItem[];
  /** All the qualifying projects, of which `items` are the first (a chat reply stays short; the dashboard has them all). */
  readonly total: ListTotal;
  /** The fiscal year listed. */
  readonly fiscalYear: number | null;
  readonly asOf: string;
  readonly dashboardUrl: string;
}

export interface UnitSummary {
  readonly unitName: string;
  readonly fiscalYear: number;
  readonly projectCount: number;
  readonly budgetAmount: string;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly executionRate: string | null;
  readonly timeProgress: string;
  readonly asOf: string;
  readonly alertCounts: Readonly<Record<AlertColour, number>>;
  readonly dashboardUrl: string;
}

/** One region (县市) or unit in a ranking by execution rate. */
export interface RankedArea {
  readonly name: string;
  readonly projectCount: number;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly executionRate: string | null;
}

/** A region's year for leaders: totals, alert counts, and its counties and units ranked (lowest execution first). */
export interface RegionSummary {
  readonly regionName: string;
  readonly fiscalYear: number;
  readonly projectCount: number;
  readonly budgetAmount: string;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly executionRate: string | null;
  readonly timeProgress: string;
  readonly asOf: string;
  readonly alertCounts: Readonly<Record<AlertColour, number>>;
  /** The regions directly below (a prefecture's counties), lowest execution first; empty for a county. */
  readonly subRegions: readonly RankedArea[];
  /** The units of the region, lowest execution first. */
  readonly units: readonly RankedArea[];
  readonly dashboardUrl: string;
}

/** A region the user may ask about (GB/T 2260 code; 2 = prefecture, 3 = county). */
export interface RegionRef {
  readonly code: string;
  readonly name: string;
  readonly level: number;
  readonly parentCode: string | null;
}
