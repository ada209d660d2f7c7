import type { BotProjectStatusQuery } from '@jixiao/contract';
import type { IndicatorStatus, ProjectStatus, ScoreDerivationLine } from '../shapes.js';
import { botAlertColour, worstColour } from './alert-colour.js';

type ApiProject = NonNullable<BotProjectStatusQuery['project']>;

/** The API's project detail as the bot's status; `dashboardUrl` is the project's page in the dashboard. */
export function toProjectStatus(project: ApiProject, dashboardUrl: string): ProjectStatus {
  const execution = botAlertColour(project.executionAlert?.colour);
  const warnings = project.alerts.filter((a) => a.colour === 'red' || a.colour === 'amber');
  const alert = worstColour([execution, ...warnings.map((a) => botAlertColour(a.colour))]);
  const reasons = warnings.map((a) => a.message);
  const executionCause = project.executionAlert?.cause;
  return {
    id: project.id,
    name: project.name,
    unitName: project.unit.name,
    fiscalYear: project.fiscalYear,
    // 全年预算数 (调整后): what execution is measured against.
    budgetAmount: project.adjustedBudgetAmount.yuan,
    receivedAmount: project.receivedAmount.yuan,
    spentAmount: project.spentAmount.yuan,
    executionRate: project.executionRate?.percent ?? null,
    fundingRate: project.fundingRate?.percent ?? null,
    timeProgress: timeProgressOf(project),
    asOf: project.monitoringDate,
    alert,
    alertReasons: reasons.length === 0 && execution !== 'green' && executionCause !== undefined ? [executionCause] : reasons,
    totalScore: project.totalScore,
    grade: project.grade,
    claimedScore: project.evaluation?.claimedTotalScore ?? null,
    derivations: derivationsOf(project),
    indicators: project.indicators.map(toIndicator),
    expenses: project.expenses.map((e) => ({ category: e.category, amount: e.amount.yuan })),
    auditFindings: project.auditFindings.map((f) => ({ severity: f.severity, message: f.message })),
    dashboardUrl,
  };
}

/**
 * 序时进度 at the monitoring date as the API judges it. Without an execution alert (nothing received yet) the
 * month-end point of the execution series at or before the monitoring date gives the same month-based figure.
 */
function timeProgressOf(project: ApiProject): string {
  const judged = project.executionAlert?.timeProgress.percent;
  if (judged !== undefined) return judged;
  const reached = project.executionSeries.filter((point) => point.asOf <= project.monitoringDate);
  return (reached.at(-1) ?? project.executionSeries[0])?.timeProgress.percent ?? '0.00';
}

/** Indicator paths in words (决策 › 项目立项 › 立项依据充分性) with the score the core derived and how. */
function derivationsOf(project: ApiProject): ScoreDerivationLine[] {
  if (project.scoreCard === null) return [];
  const dimensions = new Map(project.scoreCard.dimensions.map((d) => [d.id, d]));
  return project.indicators.map((indicator) => {
    const dimension = dimensions.get(indicator.level1);
    const group = dimension?.groups.find((g) => g.id === indicator.level2);
    const path = [dimension?.name ?? indicator.level1, group?.name ?? indicator.level2, indicator.name].join(' › ');
    return { indicator: path, score: indicator.score ?? '0.00', weight: indicator.weight, explanation: indicator.derivation };
  });
}

function toIndicator(indicator: ApiProject['indicators'][number]): IndicatorStatus {
  return {
    name: indicator.name,
    target: indicator.target ?? '—',
    actual: indicator.actual ?? '—',
    score: indicator.score,
    weight: indicator.weight,
    meetsTarget: indicator.deviation.meetsTarget,
    deviationRate: indicator.deviation.deviationRate?.percent ?? null,
    deviationReason: indicator.deviationReason,
  };
}
