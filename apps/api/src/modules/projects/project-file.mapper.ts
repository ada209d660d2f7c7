import type { ProjectFile } from '@jixiao/core';
import type { ProjectAggregate } from './project-aggregate.js';

/**
 * A stored project written back in the project file format, the one input the core reads
 * (`loadProjectFile`). Indicators keep their stored order, so the audit's paths
 * (`evaluation.indicators[7]…`) point at `position` 7.
 */
export function toProjectFile(aggregate: ProjectAggregate): ProjectFile {
  const { project, unit, region, evaluation } = aggregate;
  const file: ProjectFile = {
    formatVersion: 1,
    project: {
      name: project.name,
      ...optional('code', project.code),
      fiscalYear: project.fiscalYear,
      unit: { name: unit.name, ...optional('code', unit.code) },
      region: { code: region.code, name: region.name },
      ...optional('supervisingDepartment', project.supervisingDepartment),
      ...optional('fundingDocument', project.fundingDocument),
      goals: { ...optional('overall', project.goalOverall), phases: project.goalPhases },
    },
    budget: {
      // The format needs one line at least; a project without a budget yet has a zero one.
      lines:
        aggregate.budgetLines.length > 0
          ? aggregate.budgetLines.map((line) => ({
              fundSource: line.fundSource,
              budgetAmount: line.budgetAmount,
              adjustedBudgetAmount: line.adjustedBudgetAmount,
              receivedAmount: line.receivedAmount,
            }))
          : [{ fundSource: 'fiscal', budgetAmount: '0', receivedAmount: '0' }],
      ...optional('spentAmount', project.statedSpentAmount),
      ...optional('asOf', project.asOf),
      expenses: aggregate.expenses.map((e) => ({ category: e.category, amount: e.amount })),
      payments: aggregate.payments.map((p) => ({
        date: p.date,
        amount: p.amount,
        category: p.category,
        ...optional('voucher', p.voucher),
        ...optional('fundSource', p.fundSource),
      })),
    },
  };
  if (!evaluation || aggregate.indicators.length === 0) return file;
  return {
    ...file,
    evaluation: {
      kind: evaluation.kind,
      framework: evaluation.framework,
      ...optional('evaluatedAt', evaluation.evaluatedAt),
      team: evaluation.team,
      indicators: aggregate.indicators.map((row) => ({
        id: row.key,
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        weight: row.weight,
        ...optional('target', row.target),
        ...optional('actual', row.actual),
        ...optional('rule', row.rule),
        ...optional('formula', row.formula),
        ...optional('tier', row.tier),
        ...optional('manualScore', row.manualScore),
        ...optional('justification', row.justification),
        ...optional('deviationReason', row.deviationReason),
        evidence: row.evidence,
        ...(row.claimedScore !== null || row.claimedStatement !== null
          ? { claimed: { ...optional('score', row.claimedScore), ...optional('statement', row.claimedStatement) } }
          : {}),
      })),
      claimed: {
        groups: evaluation.claimedGroups,
        dimensions: evaluation.claimedDimensions,
        ...optional('totalScore', evaluation.claimedTotalScore),
        ...optional('grade', evaluation.claimedGrade),
      },
    },
  };
}

/** `{ key: value }` when the column holds a value, `{}` for SQL null (the format omits absent fields). */
function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return value === null ? {} : ({ [key]: value } as { [P in K]: V });
}
