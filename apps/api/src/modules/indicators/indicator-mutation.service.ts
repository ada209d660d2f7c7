import { builtInFramework, type Formula } from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError } from '../../common/errors/api-error.js';
import { pointsValue } from '../../common/validation/decimal-columns.js';
import { requireId } from '../../common/validation/ids.js';
import { optionalText, requireText } from '../../common/validation/text.js';
import { providedEntry } from '../../common/utils/defined-entry.util.js';
import { DB, type Db } from '../../database/database.types.js';
import { evaluations, indicators } from '../../database/schema/index.js';
import type { ProjectAnalysis } from '../analysis/project-analysis.js';
import type { Project } from '../projects/models/project.model.js';
import { ProjectChangeService } from '../projects/project-change.service.js';
import type { IndicatorInput, SetIndicatorActualInput, SetIndicatorsInput, SetIndicatorTierInput } from './dto/indicator.input.js';
import { mergeIndicator, type IndicatorDefinition } from './indicator-merge.js';
import { checkActual, checkTarget } from './indicator-values.js';

const NAME_MAX = 200;
const TEXT_MAX = 2_000;
const MAX_INDICATORS = 200;
const FORMULAS: readonly Formula[] = ['fundingRate', 'executionRate', 'completionRate', 'qualityRate', 'costSavingRate'];

@Injectable()
export class IndicatorMutationService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly changes: ProjectChangeService,
  ) {}

  /**
   * Sets the indicator list. Indicators are matched to the stored ones by key: a kept indicator
   * keeps its id and everything the list does not say (actual, tier, justification, evidence,
   * claims); listed fields replace, null clears. Only indicators missing from the list go.
   */
  setIndicators(ctx: RequestContext, projectId: string, expectedVersion: number, input: SetIndicatorsInput): Promise<Project> {
    if (input.indicators.length === 0) throw ApiError.badInput('input.indicators', 'empty', '至少需要一个指标');
    if (input.indicators.length > MAX_INDICATORS) throw ApiError.badInput('input.indicators', 'tooMany', `指标不超过 ${MAX_INDICATORS} 个`);
    if (input.framework !== undefined && !builtInFramework(input.framework)) {
      throw ApiError.badInput('input.framework', 'unknownFramework', `未知的评价体系“${input.framework}”`);
    }
    const definitions = input.indicators.map((indicator, i) => indicatorDefinition(indicator, i));
    const keys = new Set(definitions.map((row) => row.key));
    if (keys.size !== definitions.length) throw ApiError.badInput('input.indicators', 'duplicateKey', '指标编号（或一级/二级/名称组合）重复');
    return this.changes.change(
      ctx,
      projectId,
      { action: 'edit', operation: 'setIndicators', expectedVersion, touchesEvaluation: true },
      async (tx, owner, before) => {
        const ownership = { projectId: owner.id, unitId: owner.unitId, regionCode: owner.regionCode };
        if (!before.evaluation) {
          if (!input.kind || !input.framework) {
            throw ApiError.badInput('input.framework', 'required', '项目尚无评价：请指定评价类型和评价体系');
          }
          await tx.insert(evaluations).values({ ...ownership, kind: input.kind, framework: input.framework });
        } else if (input.kind || input.framework) {
          await tx
            .update(evaluations)
            .set({ ...(input.kind ? { kind: input.kind } : {}), ...(input.framework ? { framework: input.framework } : {}), updatedAt: sql`now()` })
            .where(eq(evaluations.projectId, owner.id));
        }
        const stored = new Map(before.indicators.map((row) => [row.key, row]));
        const removed = before.indicators.filter((row) => !keys.has(row.key)).map((row) => row.id);
        if (removed.length > 0) await tx.delete(indicators).where(and(eq(indicators.projectId, owner.id), inArray(indicators.id, removed)));
        for (const [i, definition] of definitions.entries()) {
          const prior = stored.get(definition.key);
          const row = mergeIndicator(definition, prior);
          // What this call sets is checked; values it keeps as stored are not re-judged (older
          // imports may hold actuals these checks would refuse, and must stay editable).
          const targetSet = row.target !== (prior?.target ?? null);
          if (targetSet) checkTarget(`input.indicators[${i}].target`, row.target, before.project.fiscalYear);
          if (targetSet || row.actual !== (prior?.actual ?? null)) {
            checkActual(`input.indicators[${i}].actual`, row.actual, row.target, before.project.fiscalYear);
          }
          if (prior) await tx.update(indicators).set({ ...row, updatedAt: sql`now()` }).where(eq(indicators.id, prior.id));
          else await tx.insert(indicators).values({ ...ownership, ...row });
        }
      },
    );
  }

  /** Sets an indicator's actual and monitoring fields: omitted fields stay, null clears. */
  async setActual(ctx: RequestContext, indicatorId: string, expectedVersion: number, input: SetIndicatorActualInput): Promise<Project> {
    const changes = {
      ...providedEntry('actual', optionalText('input.actual', input.actual, NAME_MAX, '实际完成值')),
      ...providedEntry('deviationReason', optionalText('input.deviationReason', input.deviationReason, TEXT_MAX, '偏差原因')),
      ...providedEntry('deviationCauseCategory', input.deviationCauseCategory),
      ...providedEntry('completionLikelihood', input.completionLikelihood),
      ...(input.evidence === undefined
        ? {}
        : { evidence: input.evidence.map((item, i) => requireText(`input.evidence[${i}]`, item, NAME_MAX, '佐证材料')) }),
    };
    const { projectId, position } = await this.locate(indicatorId);
    return this.changes.change(
      ctx,
      projectId,
      {
        action: 'evaluate',
        operation: 'setIndicatorActual',
        expectedVersion,
        touchesEvaluation: true,
        verify: (analysis) => assertReadable(analysis, position, 'input.actual'),
      },
      async (tx, _owner, before) => {
        const row = before.indicators.find((indicator) => indicator.id === indicatorId);
        if (changes.actual !== undefined && row) checkActual('input.actual', changes.actual, row.target, before.project.fiscalYear);
        if (Object.keys(changes).length > 0) await tx.update(indicators).set({ ...changes, updatedAt: sql`now()` }).where(eq(indicators.id, indicatorId));
      },
    );
  }

  async setTier(ctx: RequestContext, indicatorId: string, expectedVersion: number, input: SetIndicatorTierInput): Promise<Project> {
    const changes = {
      tier: input.tier,
      manualScore: pointsValue('input.score', input.score),
      justification: requireText('input.justification', input.justification, TEXT_MAX, '评分理由'),
    };
    const { projectId, position } = await this.locate(indicatorId);
    return this.changes.change(
      ctx,
      projectId,
      {
        action: 'evaluate',
        operation: 'setIndicatorTier',
        expectedVersion,
        touchesEvaluation: true,
        verify: (analysis) => assertScored(analysis, position, 'input.score'),
      },
      async (tx) => {
        await tx.update(indicators).set({ ...changes, updatedAt: sql`now()` }).where(eq(indicators.id, indicatorId));
      },
    );
  }

  private async locate(indicatorId: string): Promise<{ projectId: string; position: number }> {
    const [row] = await this.db
      .select({ projectId: indicators.projectId, position: indicators.position })
      .from(indicators)
      .where(eq(indicators.id, requireId('indicatorId', indicatorId)));
    // The project's scope is checked next; an unknown indicator reads like an unreachable one.
    if (!row) throw ApiError.notFound('指标');
    return row;
  }
}

/** The listed indicator validated; optional fields stay undefined when omitted and null when cleared. */
function indicatorDefinition(input: IndicatorInput, position: number): IndicatorDefinition {
  const path = `input.indicators[${position}]`;
  const level1 = requireText(`${path}.level1`, input.level1, NAME_MAX, '一级指标');
  const level2 = requireText(`${path}.level2`, input.level2, NAME_MAX, '二级指标');
  const name = requireText(`${path}.name`, input.name, NAME_MAX, '指标名称');
  const formula = input.formula;
  if (formula !== undefined && formula !== null && !isFormula(formula)) {
    throw ApiError.badInput(`${path}.formula`, 'unknownFormula', `未知的计算公式“${formula}”`);
  }
  return {
    key: optionalText(`${path}.key`, input.key, NAME_MAX, '指标编号') ?? `${level1}/${level2}/${name}`,
    position,
    level1,
    level2,
    name,
    weight: pointsValue(`${path}.weight`, input.weight),
    target: optionalText(`${path}.target`, input.target, NAME_MAX, '指标值'),
    actual: optionalText(`${path}.actual`, input.actual, NAME_MAX, '实际完成值'),
    rule: optionalText(`${path}.rule`, input.rule, NAME_MAX, '评分规则'),
    formula: formula as Formula | null | undefined,
    deviationReason: optionalText(`${path}.deviationReason`, input.deviationReason, TEXT_MAX, '偏差原因'),
    deviationCauseCategory: input.deviationCauseCategory,
    completionLikelihood: input.completionLikelihood,
  };
}

function isFormula(value: string): value is Formula {
  return (FORMULAS as readonly string[]).includes(value);
}

/** An actual the target parser cannot read is refused rather than stored unscorable. */
function assertReadable(analysis: ProjectAnalysis, position: number, field: string): void {
  const problem = analysis.project.evaluation?.indicators[position]?.readProblems.find((p) => p.field === 'actual');
  if (problem) throw ApiError.badInput(field, 'unreadable', `无法识别实际完成值“${problem.text}”：${problem.message}`);
}

/** A tier score outside the tier's range is refused with the core's reason. */
function assertScored(analysis: ProjectAnalysis, position: number, field: string): void {
  const scored = analysis.report?.card.indicators[position];
  if (scored && !scored.outcome.ok) throw ApiError.badInput(field, scored.outcome.code, scored.outcome.reason);
}
