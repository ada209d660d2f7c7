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
}

/** One line of how a score came about: indicator path, points awarded of the weight, and the rule applied. */
export interface ScoreDerivationLine {
  readonly indicator: string;
  readonly score: string;
  readonly weight: string;
  readonly explanation: string;
}

export interface FailedIndicator {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly deviationReason: string | null;
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
  readonly totalScore: string | null;
  readonly grade: Grade | null;
  readonly derivations: readonly ScoreDerivationLine[];
  readonly failedIndicators: readonly FailedIndicator[];
  readonly dashboardUrl: string;
}

export interface ProjectListQuery {
  readonly filter: ListFilter;
  /** null: every project in the asker's scope. */
  readonly unitName: string | null;
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

export interface ProjectList {
  /** Already filtered and ordered by the API (e.g. largest deviation first), at most the asked limit. */
  readonly items: readonly ProjectListItem[];
  /** More projects qualify than `items` holds (a chat reply stays short; the dashboard has them all). */
  readonly more: boolean;
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
