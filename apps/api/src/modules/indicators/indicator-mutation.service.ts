import { builtInFramework, type Formula } from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
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

  setIndicators(ctx: RequestContext, projectId: string, input: SetIndicatorsInput): Promise<Project> {
    if (input.indicators.length === 0) throw ApiError.badInput('input.indicators', 'empty', '至少需要一个指标');
    if (input.indicators.length > MAX_INDICATORS) throw ApiError.badInput('input.indicators', 'tooMany', `指标不超过 ${MAX_INDICATORS} 个`);
    if (input.framework !== undefined && !builtInFramework(input.framework)) {
      throw ApiError.badInput('input.framework', 'unknownFramework', `未知的评价体系“${input.framework}”`);
    }
    const rows = input.indicators.map((indicator, i) => indicatorRow(indicator, i));
    const keys = new Set(rows.map((row) => row.key));
    if (keys.size !== rows.length) throw ApiError.badInput('input.indicators', 'duplicateKey', '指标编号（或一级/二级/名称组合）重复');
    return this.changes.change(
      ctx,
      projectId,
      'edit',
      async (tx, owner) => {
        const ownership = { projectId: owner.id, unitId: owner.unitId, regionCode: owner.regionCode };
        const [existing] = await tx.select({ projectId: evaluations.projectId }).from(evaluations).where(eq(evaluations.projectId, owner.id));
        if (!existing) {
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
        await tx.delete(indicators).where(eq(indicators.projectId, owner.id));
        await tx.insert(indicators).values(rows.map((row) => ({ ...ownership, ...row })));
      },
      { touchesEvaluation: true },
    );
  }

  async setActual(ctx: RequestContext, indicatorId: string, input: SetIndicatorActualInput): Promise<Project> {
    const changes = {
      actual: optionalText('input.actual', input.actual, NAME_MAX, '实际完成值') ?? null,
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
      'evaluate',
      async (tx) => {
        await tx.update(indicators).set({ ...changes, updatedAt: sql`now()` }).where(eq(indicators.id, indicatorId));
      },
      { touchesEvaluation: true, verify: (analysis) => assertReadable(analysis, position, 'input.actual') },
    );
  }

  async setTier(ctx: RequestContext, indicatorId: string, input: SetIndicatorTierInput): Promise<Project> {
    const changes = {
      tier: input.tier,
      manualScore: pointsValue('input.score', input.score),
      justification: requireText('input.justification', input.justification, TEXT_MAX, '评分理由'),
    };
    const { projectId, position } = await this.locate(indicatorId);
    return this.changes.change(
      ctx,
      projectId,
      'evaluate',
      async (tx) => {
        await tx.update(indicators).set({ ...changes, updatedAt: sql`now()` }).where(eq(indicators.id, indicatorId));
      },
      { touchesEvaluation: true, verify: (analysis) => assertScored(analysis, position, 'input.score') },
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

function indicatorRow(input: IndicatorInput, position: number) {
  const path = `input.indicators[${position}]`;
  const level1 = requireText(`${path}.level1`, input.level1, NAME_MAX, '一级指标');
  const level2 = requireText(`${path}.level2`, input.level2, NAME_MAX, '二级指标');
  const name = requireText(`${path}.name`, input.name, NAME_MAX, '指标名称');
  const formula = input.formula ?? null;
  if (formula !== null && !isFormula(formula)) {
    throw ApiError.badInput(`${path}.formula`, 'unknownFormula', `未知的计算公式“${formula}”`);
  }
  return {
    key: optionalText(`${path}.key`, input.key, NAME_MAX, '指标编号') ?? `${level1}/${level2}/${name}`,
    position,
    level1,
    level2,
    name,
    weight: pointsValue(`${path}.weight`, input.weight),
    target: optionalText(`${path}.target`, input.target, NAME_MAX, '指标值') ?? null,
    actual: optionalText(`${path}.actual`, input.actual, NAME_MAX, '实际完成值') ?? null,
    rule: optionalText(`${path}.rule`, input.rule, NAME_MAX, '评分规则') ?? null,
    formula,
    deviationReason: optionalText(`${path}.deviationReason`, input.deviationReason, TEXT_MAX, '偏差原因') ?? null,
    deviationCauseCategory: input.deviationCauseCategory ?? null,
    completionLikelihood: input.completionLikelihood ?? null,
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
