import {
  Decimal,
  auditProject,
  budgetFigures,
  executionAlert,
  indicatorDeviation,
  indicatorProgressAlert,
  isStorable,
  loadProjectFile,
  projectFileSchema,
  timeProgress,
  type AlertColour,
  type AuditReport,
  type BudgetFigures,
  type IndicatorProgressInput,
  type PlainDate,
  type Project,
  type ProjectFileIssue,
  type Ratio,
  type StoredProject,
  type StoredProjectFile,
  storageIssues,
} from '@jixiao/core';

/**
 * Everything the core computes about one project. The single place the API calls the core's
 * loader, scorer and auditor, for stored projects and imported files alike.
 */
export interface ProjectAnalysis {
  /** The file as the schema normalised it (trimmed texts); what gets stored. */
  readonly file: StoredProjectFile;
  readonly project: StoredProject;
  readonly figures: BudgetFigures;
  /** The recomputed score card and the audit findings; undefined without an evaluation. */
  readonly report: AuditReport | undefined;
}

export type AnalysisResult = { readonly ok: true; readonly analysis: ProjectAnalysis } | { readonly ok: false; readonly issues: readonly ProjectFileIssue[] };

export function analyseProjectFile(json: unknown): AnalysisResult {
  const loaded = loadProjectFile(json);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  const { project } = loaded;
  // Stored projects are filed by year and region: a document that states neither is asked for them.
  if (!isStorable(project)) return { ok: false, issues: storageIssues(project) };
  let file: StoredProjectFile | undefined;
  return {
    ok: true,
    analysis: {
      // Only writes need the normalised file: parse it on first use (the loader accepted the
      // file, so this cannot fail), keeping reads to one validation.
      get file() {
        // The loaded project has its year and region, so the parsed file does too.
        file ??= projectFileSchema.parse(json) as StoredProjectFile;
        return file;
      },
      project,
      figures: budgetFigures(project.budget),
      report: auditProject(project),
    },
  };
}

/** 序时进度 (month-based) as a whole number of completed months: exact, since it is m ÷ 12. */
export function completedMonths(date: PlainDate, fiscalYear: number): number {
  return Number(timeProgress(date, fiscalYear, 'month').times(MONTHS).round(0).toString());
}

/**
 * The fewest completed months (1–12, 13 for never) at which the core's execution alert for this
 * execution rate is red, and at least amber. As 序时进度 grows the alert only worsens, so these
 * two numbers let SQL colour any project at any date (execution-alert.sql.ts).
 */
export function alertMonths(executionRate: Ratio | undefined): { redFromMonths: number | null; amberFromMonths: number | null } {
  if (!executionRate) return { redFromMonths: null, amberFromMonths: null };
  let redFromMonths = 13;
  let amberFromMonths = 13;
  for (let m = 12; m >= 1; m -= 1) {
    const colour = executionAlert(executionRate, Decimal.of(BigInt(m)).dividedBy(MONTHS)).colour;
    if (colour === 'red') redFromMonths = m;
    if (colour !== 'green') amberFromMonths = m;
  }
  return { redFromMonths, amberFromMonths };
}

const MONTHS = Decimal.of(12n);

/** 序时进度 at 0…12 completed months (month-based: m ÷ 12). */
const PROGRESS_AT: readonly Ratio[] = Array.from({ length: 13 }, (_, m) => Decimal.of(BigInt(m)).dividedBy(MONTHS));

/** An indicator the core's progress alert can judge: quantitative target and actual in one unit. */
export interface ProgressIndicator {
  /** The indicator's key (project file id). */
  readonly id: string;
  readonly name: string;
  readonly input: Omit<IndicatorProgressInput, 'timeProgress'>;
}

/** The indicators that get a progress alert (指标进度预警), in order. */
export function progressIndicators(project: Project): ProgressIndicator[] {
  return (project.evaluation?.indicators ?? []).flatMap((indicator) => {
    const { target, actual } = indicator;
    if (target?.kind !== 'quantitative' || actual?.kind !== 'quantitative' || actual.quantity.unit !== target.quantity.unit) return [];
    return [
      {
        id: indicator.id,
        name: indicator.name,
        input: { operator: target.operator, target: target.quantity.value, current: actual.quantity.value, unit: target.quantity.unit },
      },
    ];
  });
}

export type IndicatorColourMonths = Readonly<Record<AlertColour, number>>;

/**
 * Per colour, the bit mask of completed months (bit m, m = 0…12) at which at least one indicator
 * of the project has that progress alert colour: the core's indicatorProgressAlert at each of the
 * thirteen month-based 序时进度, so that SQL can filter and count by colour at any date.
 */
export function indicatorColourMonths(project: Project): IndicatorColourMonths {
  const masks: Record<AlertColour, number> = { red: 0, amber: 0, green: 0, blue: 0 };
  for (const { input } of progressIndicators(project)) {
    PROGRESS_AT.forEach((timeProgress, m) => {
      masks[indicatorProgressAlert({ ...input, timeProgress }).colour] |= 1 << m;
    });
  }
  return masks;
}

/** The values stored beside the rows so that lists, filters and the dashboard stay plain SQL. */
export interface ProjectSummary {
  readonly budgetAmount: string;
  readonly adjustedBudgetAmount: string;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly totalScore: string | null;
  readonly grade: string | null;
  /** Completed months of the fiscal year at the stated 截至 date (0–12), null without one. */
  readonly asOfMonths: number | null;
  /** See {@link alertMonths}; null when nothing was received. */
  readonly redFromMonths: number | null;
  readonly amberFromMonths: number | null;
  /** See {@link indicatorColourMonths}. */
  readonly indicatorColourMonths: IndicatorColourMonths;
  /** Per indicator, in order: the score and the deviation rate (6 decimals). */
  readonly indicators: readonly { readonly score: string | null; readonly deviationRate: string | null }[];
}

export function summarise({ project, figures, report }: ProjectAnalysis): ProjectSummary {
  const scores = report?.card.indicators ?? [];
  return {
    budgetAmount: figures.budgetAmount.toString(),
    adjustedBudgetAmount: figures.adjustedBudgetAmount.toString(),
    receivedAmount: figures.receivedAmount.toString(),
    spentAmount: figures.spentAmount.toString(),
    totalScore: report ? report.card.totalScore.toString() : null,
    grade: report ? report.card.grade.grade : null,
    asOfMonths: project.budget.asOf ? completedMonths(project.budget.asOf, project.info.fiscalYear) : null,
    ...alertMonths(figures.executionRate),
    indicatorColourMonths: indicatorColourMonths(project),
    indicators: (project.evaluation?.indicators ?? []).map((indicator, index) => {
      const deviation = indicatorDeviation(indicator);
      const scored = scores[index];
      return {
        score: scored && scored.outcome.ok ? scored.score.toString() : null,
        deviationRate: deviation.kind === 'quantitative' && deviation.deviationRate ? deviation.deviationRate.round(6).toString() : null,
      };
    }),
  };
}
