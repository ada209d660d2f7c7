import {
  Decimal,
  executionAlert,
  formatIsoDate,
  indicatorProgressAlert,
  monthlyExecution,
  scoreRateCheck,
  timeProgress,
  type MonthlyExecution,
  type PlainDate,
} from '@jixiao/core';
import { Money } from '../../common/models/money.model.js';
import { Rate } from '../../common/models/rate.model.js';
import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { progressIndicators } from '../analysis/project-analysis.js';
import { AlertColour } from '../projects/models/enums.js';
import type { ExecutionPoint } from './models/execution-point.model.js';
import { MonitoringAlertKind, type MonitoringAlert } from './models/monitoring-alert.model.js';

/** The twelve month-end points of the core's monthly execution curve. */
export function executionSeries({ analysis }: AnalysedProject): ExecutionPoint[] {
  const { project, figures } = analysis;
  return executionPoints(monthlyExecution(project.budget.payments, project.info.fiscalYear, figures.receivedAmount, 'month'));
}

/** The core's monthly execution curve as GraphQL points, each with its execution alert. */
export function executionPoints(series: MonthlyExecution): ExecutionPoint[] {
  return series.points.map((point) => ({
    month: point.month,
    asOf: formatIsoDate(point.asOf),
    spentInMonth: Money.of(point.spentInMonth),
    cumulativeSpent: Money.of(point.cumulativeSpent),
    executionRate: point.executionRate ? Rate.of(point.executionRate) : null,
    timeProgress: Rate.of(point.timeProgress),
    alertColour: point.executionRate ? AlertColour[executionAlert(point.executionRate, point.timeProgress).colour] : null,
  }));
}

/**
 * Every alert of the project at its monitoring date: execution against time progress, each
 * quantitative indicator's progress, and the score-rate cross-check.
 */
export function monitoringAlerts({ analysis }: AnalysedProject, date: PlainDate): MonitoringAlert[] {
  const { project, figures, report } = analysis;
  const progress = timeProgress(date, project.info.fiscalYear, 'month');
  const alerts: MonitoringAlert[] = [];
  if (figures.executionRate) {
    const alert = executionAlert(figures.executionRate, progress);
    alerts.push({ kind: MonitoringAlertKind.execution, colour: AlertColour[alert.colour], message: alert.cause, indicatorKey: null });
  }
  for (const indicator of progressIndicators(project)) {
    const alert = indicatorProgressAlert({ ...indicator.input, timeProgress: progress });
    alerts.push({
      kind: MonitoringAlertKind.indicatorProgress,
      colour: AlertColour[alert.colour],
      message: `${indicator.name}：${alert.cause}`,
      indicatorKey: indicator.id,
    });
  }
  if (report && figures.executionRate) {
    const check = scoreRateCheck({
      scoreSum: Decimal.sum(report.card.indicators.map((s) => s.score)),
      weightSum: Decimal.sum(report.card.indicators.map((s) => s.indicator.weight)),
      executionRate: figures.executionRate,
    });
    if (check.flagged) alerts.push({ kind: MonitoringAlertKind.scoreRate, colour: AlertColour.amber, message: check.explanation, indicatorKey: null });
  }
  return alerts;
}
