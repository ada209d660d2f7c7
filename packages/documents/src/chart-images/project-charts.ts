import { executionVsTimeProgress, indicatorDeviations, scoreByDimension, type IndicatorDeviationInput } from '@jixiao/charts';
import { Decimal, budgetFigures, indicatorDeviation, monthlyExecution, timeProgress, toWanYuan, type Project, type Ratio, type ScoreCard } from '@jixiao/core';

/** A ratio as a percent number with two decimals, for a chart (display only: the rounding is the core's). */
const percent = (rate: Ratio) => Number(rate.times(Decimal.HUNDRED).round(2).toString());

/**
 * The inputs of the report's charts, computed from the project with the core's exact arithmetic and
 * only then turned into plain numbers. With payments the execution line has twelve months; without
 * (a report states only the year-end figure) it has the one point the data supports.
 */
export function executionChartOption(project: Project) {
  const figures = budgetFigures(project.budget);
  // A document without its year still dates its payments and its 截至 date.
  const year = project.info.fiscalYear ?? project.budget.asOf?.year ?? project.budget.payments[0]?.date.year;
  if (year !== undefined && project.budget.payments.length > 0) {
    const series = monthlyExecution(project.budget.payments, year, figures.receivedAmount);
    return executionVsTimeProgress({
      points: series.points.map((p) => ({
        month: p.month,
        executionRate: p.executionRate ? percent(p.executionRate) : null,
        timeProgress: percent(p.timeProgress),
        cumulativeSpentWanYuan: toWanYuan(p.cumulativeSpent).toNumber(),
      })),
    });
  }
  const asOf = project.budget.asOf ?? { year: year ?? 0, month: 12, day: 31 };
  return executionVsTimeProgress({
    title: '预算执行率与序时进度（年末）',
    points: [
      {
        month: asOf.month,
        executionRate: figures.executionRate ? percent(figures.executionRate) : null,
        // Without any year the point is the year's end, where time progress is 100% whatever the year.
        timeProgress: percent(timeProgress(asOf, year ?? asOf.year)),
        cumulativeSpentWanYuan: toWanYuan(figures.spentAmount).toNumber(),
      },
    ],
  });
}

export function scoreChartOption(card: ScoreCard) {
  return scoreByDimension({ dimensions: card.dimensions.map((d) => ({ name: d.name, weight: d.weight.round(2).toNumber(), score: d.score.round(2).toNumber() })) });
}

/** Quantitative indicators off target, with the side that is bad per the core's deviation. */
export function deviationChartOption(card: ScoreCard) {
  const items: IndicatorDeviationInput[] = [];
  for (const { indicator } of card.indicators) {
    const deviation = indicatorDeviation(indicator);
    if (deviation.kind !== 'quantitative' || !deviation.deviationRate || deviation.direction === 'onTarget') continue;
    items.push({ name: indicator.name, deviationRate: percent(deviation.deviationRate), bad: !deviation.meetsTarget });
  }
  return items.length === 0 ? undefined : indicatorDeviations({ items });
}
