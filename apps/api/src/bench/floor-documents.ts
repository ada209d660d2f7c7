import type { RequestContext } from '../auth/request-context.js';
import type { RequestLoaders } from '../graphql/request-loaders.js';
import { auditFindingViews } from '../modules/audit/audit.presenter.js';
import { budgetLineViews } from '../modules/budgets/budget.presenter.js';
import type { DashboardService } from '../modules/dashboard/dashboard.service.js';
import { scoreCardView } from '../modules/evaluations/evaluation.presenter.js';
import { indicatorViews } from '../modules/indicators/indicator.presenter.js';
import type { ProjectQueryService } from '../modules/projects/project-query.service.js';
import { decimalJson, moneyJson, rateJson } from './bench-documents.js';

const MONEY = ['yuan', 'wanYuan', 'text'] as const;
const RATE = ['percent', 'text'] as const;

/** The JSON of PROJECT_DETAIL_QUERY, by the services the resolvers call, without GraphQL. */
export async function projectDetailJson(query: ProjectQueryService, loaders: RequestLoaders, ctx: RequestContext, id: string): Promise<unknown> {
  const project = await query.byId(ctx, id);
  if (!project) return { data: { project: null } };
  const analysed = await loaders.project.load(project.id);
  const card = scoreCardView(analysed);
  return {
    data: {
      project: {
        id: project.id,
        name: project.name,
        fiscalYear: project.fiscalYear,
        unit: { name: project.unit.name },
        budgetAmount: moneyJson(project.budgetAmount, MONEY),
        receivedAmount: moneyJson(project.receivedAmount, MONEY),
        spentAmount: moneyJson(project.spentAmount, MONEY),
        executionRate: rateJson(project.executionRate, RATE),
        totalScore: decimalJson(project.totalScore),
        grade: project.grade,
        executionAlert: project.executionAlert ? { colour: project.executionAlert.colour, cause: project.executionAlert.cause } : null,
        budgetLines: budgetLineViews(analysed).map((line) => ({
          fundSource: line.fundSource,
          budgetAmount: moneyJson(line.budgetAmount, ['wanYuan']),
          receivedAmount: moneyJson(line.receivedAmount, ['wanYuan']),
        })),
        indicators: indicatorViews(analysed).map((i) => ({
          name: i.name,
          target: i.target,
          actual: i.actual,
          weight: i.weight.toString(),
          score: decimalJson(i.score),
          derivation: i.derivation,
        })),
        scoreCard: card && {
          totalScore: card.totalScore.toString(),
          grade: card.grade,
          dimensions: card.dimensions.map((d) => ({ name: d.name, weight: d.weight.toString(), score: d.score.toString() })),
        },
        auditFindings: auditFindingViews(analysed).map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
      },
    },
  };
}

/** The JSON of OVERVIEW_QUERY, by the dashboard service, without GraphQL. */
export async function overviewJson(dashboard: DashboardService, ctx: RequestContext, year: number): Promise<unknown> {
  const o = await dashboard.overview(ctx, year, undefined, undefined);
  const summary = (s: (typeof o)['totals']) => ({
    projectCount: s.projectCount,
    spentAmount: { text: s.spentAmount.text },
    executionRate: rateJson(s.executionRate, ['text']),
    alertColour: s.alertColour,
  });
  return {
    data: {
      dashboardOverview: {
        asOf: o.asOf,
        timeProgress: { text: o.timeProgress.text },
        totals: summary(o.totals),
        byUnit: o.byUnit.map((u) => ({ unitName: u.unitName, summary: summary(u.summary) })),
        alertCounts: o.alertCounts,
        executionSeries: o.executionSeries.map((series) => ({
          fiscalYear: series.fiscalYear,
          points: series.points.map((p) => ({
            month: p.month,
            cumulativeSpent: { text: p.cumulativeSpent.text },
            executionRate: rateJson(p.executionRate, ['text']),
            timeProgress: { text: p.timeProgress.text },
          })),
        })),
        gradeDistribution: o.gradeDistribution.map((g) => ({ label: g.label, count: g.count })),
        largestDeviations: o.largestDeviations.map((d) => ({ projectName: d.projectName, indicatorName: d.indicatorName, deviationRate: { text: d.deviationRate.text } })),
      },
    },
  };
}
