import type { TimeRef } from './time-phrases.js';

/** What a staff member can ask about one project (Chinese terms: see the glossary). */
export type ProjectMetric =
  | 'overview'
  | 'executionRate'
  | 'fundingRate'
  | 'budget'
  | 'spent'
  | 'remaining'
  | 'timeProgress'
  | 'deviation'
  | 'alert'
  | 'score'
  /** 自评分 as claimed against the 重算分 the core recomputes. */
  | 'selfScore'
  /** 为什么扣分: the indicators that lost points. */
  | 'lostPoints'
  | 'grade'
  | 'failedIndicators'
  /** 偏差 and 偏差原因 of the indicators (actual against target), not execution against 序时进度. */
  | 'indicatorDeviations'
  /** One indicator named by an aspect word (满意度, 督导次数): its target and actual. */
  | 'indicator'
  /** One line of the stated spending (宣传费). */
  | 'expense'
  | 'auditFindings'
  | 'whyAlert';

export type ListFilter =
  | { readonly kind: 'belowTimeProgress' }
  | { readonly kind: 'executionBelow'; readonly percent: number }
  | { readonly kind: 'largestDeviation'; readonly limit: number }
  | { readonly kind: 'lowestScore'; readonly limit: number }
  /** 哪个项目执行率最低 / 本单位项目排名: every project by execution rate, the first `limit`. */
  | { readonly kind: 'rankByExecution'; readonly direction: 'asc' | 'desc'; readonly limit: number }
  | { readonly kind: 'alerted' };

/** Which unit a list or summary is about: the asker's own, a named one, or (lists only) the asker's whole scope. */
export type UnitMention =
  | { readonly kind: 'own' }
  | { readonly kind: 'scope' }
  | { readonly kind: 'named'; readonly text: string };

/** Which region a leader asks about: their own (全州, 全市) or a named one (阜康市). */
export type RegionMention = { readonly kind: 'own' } | { readonly kind: 'named'; readonly text: string };

/** What of a region: its totals, its red/amber counts, its counties ranked, or its units ranked. */
export type RegionFocus = 'overview' | 'alerts' | 'rankRegions' | 'rankUnits';

export type HelpTopic = 'capabilities' | 'dataDate';

/** The platform-free reading of one message, before names are resolved against data. */
export type ParsedIntent =
  | {
      readonly kind: 'projectMetric';
      readonly metric: ProjectMetric;
      readonly projectMention: string;
      /** The indicator or expense words of an `indicator` / `expense` question (满意, 宣传费). */
      readonly aspect: string | null;
      readonly time: TimeRef;
    }
  | { readonly kind: 'projectList'; readonly filter: ListFilter; readonly unit: UnitMention; readonly time: TimeRef }
  | { readonly kind: 'unitSummary'; readonly unit: UnitMention; readonly time: TimeRef }
  | { readonly kind: 'regionSummary'; readonly region: RegionMention; readonly focus: RegionFocus; readonly time: TimeRef }
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  | { readonly kind: 'choice'; readonly index: number }
  /** "详细": the last answer again, in full. */
  | { readonly kind: 'detail' };
