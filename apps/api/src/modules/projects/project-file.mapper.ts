import type { ProjectFile } from '@jixiao/core';
import { definedEntry } from '../../common/utils/defined-entry.util.js';
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
      ...definedEntry('code', project.code),
      fiscalYear: project.fiscalYear,
      unit: { name: unit.name, ...definedEntry('code', unit.code) },
      region: { code: region.code, name: region.name },
      ...definedEntry('supervisingDepartment', project.supervisingDepartment),
      ...definedEntry('fundingDocument', project.fundingDocument),
      goals: { ...definedEntry('overall', project.goalOverall), phases: project.goalPhases },
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
      ...definedEntry('spentAmount', project.statedSpentAmount),
      ...definedEntry('asOf', project.asOf),
      expenses: aggregate.expenses.map((e) => ({ category: e.category, amount: e.amount })),
      payments: aggregate.payments.map((p) => ({
        date: p.date,
        amount: p.amount,
        category: p.category,
        ...definedEntry('voucher', p.voucher),
        ...definedEntry('fundSource', p.fundSource),
      })),
    },
  };
  if (!evaluation || aggregate.indicators.length === 0) return file;
  return {
    ...file,
    evaluation: {
      kind: evaluation.kind,
      framework: evaluation.framework,
      ...definedEntry('evaluatedAt', evaluation.evaluatedAt),
      team: evaluation.team,
      indicators: aggregate.indicators.map((row) => ({
        id: row.key,
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        weight: row.weight,
        ...definedEntry('target', row.target),
        ...definedEntry('actual', row.actual),
        ...definedEntry('rule', row.rule),
        ...definedEntry('formula', row.formula),
        ...definedEntry('tier', row.tier),
        ...definedEntry('manualScore', row.manualScore),
        ...definedEntry('justification', row.justification),
        ...definedEntry('deviationReason', row.deviationReason),
        ...definedEntry('completionLikelihood', row.completionLikelihood),
        ...definedEntry('deviationCauseCategory', row.deviationCauseCategory),
        evidence: row.evidence,
        ...(row.claimedScore !== null || row.claimedStatement !== null
          ? { claimed: { ...definedEntry('score', row.claimedScore), ...definedEntry('statement', row.claimedStatement) } }
          : {}),
      })),
      claimed: {
        groups: evaluation.claimedGroups,
        dimensions: evaluation.claimedDimensions,
        ...definedEntry('totalScore', evaluation.claimedTotalScore),
        ...definedEntry('grade', evaluation.claimedGrade),
      },
    },
  };
}
