import { budgetFigures, Decimal, executionAlert, formatIsoDate, timeProgress, type PlainDate } from '@jixiao/core';
import { projects, regions, units } from '../../database/schema/index.js';
import { Money } from '../../common/models/money.model.js';
import { points } from '../../common/models/points.js';
import { Rate } from '../../common/models/rate.model.js';
import { monitoringDate } from '../monitoring/monitoring-date.js';
import { AlertColour, isGrade } from './models/enums.js';
import type { ExecutionAlert, Project } from './models/project.model.js';

/** The columns every project query selects: the project with its unit and region. */
export const projectRecordColumns = {
  project: projects,
  unit: {
    id: units.id,
    name: units.name,
    code: units.code,
    regionCode: units.regionCode,
    supervisingDepartment: units.supervisingDepartment,
  },
  region: { code: regions.code, name: regions.name, parentCode: regions.parentCode, level: regions.level },
};

export interface ProjectRecord {
  project: typeof projects.$inferSelect;
  unit: Project['unit'];
  region: Project['region'];
}

/** The GraphQL project from its row; rates and the alert come from the core, over the stored totals. */
export function toProjectModel({ project: row, unit, region }: ProjectRecord, today: PlainDate): Project {
  // The stored totals form a one-line budget: the core's figures over it equal those over the lines.
  const figures = budgetFigures({
    lines: [
      {
        fundSource: 'fiscal',
        budgetAmount: Decimal.from(row.budgetAmount),
        adjustedBudgetAmount: Decimal.from(row.adjustedBudgetAmount),
        receivedAmount: Decimal.from(row.receivedAmount),
      },
    ],
    spentAmount: Decimal.from(row.spentAmount),
    expenses: [],
    payments: [],
  });
  const date = monitoringDate(row.asOf, row.fiscalYear, today);
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    fiscalYear: row.fiscalYear,
    unit,
    region,
    supervisingDepartment: row.supervisingDepartment,
    fundingDocument: row.fundingDocument,
    goals: { overall: row.goalOverall, phases: row.goalPhases },
    synthetic: row.synthetic,
    budgetAmount: Money.of(figures.budgetAmount),
    adjustedBudgetAmount: Money.of(figures.adjustedBudgetAmount),
    receivedAmount: Money.of(figures.receivedAmount),
    spentAmount: Money.of(figures.spentAmount),
    fundingRate: figures.fundingRate ? Rate.of(figures.fundingRate) : null,
    executionRate: figures.executionRate ? Rate.of(figures.executionRate) : null,
    totalScore: row.totalScore === null ? null : points(row.totalScore),
    grade: isGrade(row.grade) ? row.grade : null,
    monitoringDate: formatIsoDate(date),
    executionAlert: figures.executionRate ? alertModel(figures.executionRate, timeProgress(date, row.fiscalYear, 'month')) : null,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function alertModel(...args: Parameters<typeof executionAlert>): ExecutionAlert {
  const alert = executionAlert(...args);
  return {
    colour: AlertColour[alert.colour],
    timeProgress: Rate.of(alert.timeProgress),
    v: alert.v ? Rate.of(alert.v) : null,
    cause: alert.cause,
  };
}
