import type { Decimal } from '@jixiao/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Rate } from '../../../common/models/rate.model.js';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { CompletionLikelihood, DeviationCauseCategory, QualitativeTier } from '../../projects/models/enums.js';

@ObjectType({ description: '偏差: the actual against the target.' })
export class IndicatorDeviation {
  @Field({ description: 'quantitative / date / qualitative / unitMismatch / notComparable' })
  kind: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'actual − target, in the target\'s unit (quantitative only).' })
  deviation: Decimal | null;

  @Field(() => Rate, { nullable: true, description: '偏差率 = (actual − target) ÷ target; null when not quantitative or the target is 0.' })
  deviationRate: Rate | null;

  @Field(() => Int, { nullable: true, description: 'Days late (positive) or early (negative) for deadlines.' })
  days: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the actual satisfies the target\'s operator; null when not comparable.' })
  meetsTarget: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why it cannot be compared (Chinese).' })
  message: string | null;
}

@ObjectType({ description: '绩效指标 (三级指标) with its target, actual, score, derivation and deviation, computed by the core.' })
export class Indicator {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key within the project (the project file\'s indicator id).' })
  key: string;

  @Field({ description: '一级指标 (framework dimension id, e.g. output)' })
  level1: string;

  @Field({ description: '二级指标 (framework group id, e.g. quantity)' })
  level2: string;

  @Field({ description: '三级指标 name' })
  name: string;

  @Field(() => DecimalScalar, { description: '分值' })
  weight: Decimal;

  @Field(() => String, { nullable: true, description: '年度指标值 as written, e.g. "≥2次"' })
  target: string | null;

  @Field(() => String, { nullable: true, description: '实际完成值 as written' })
  actual: string | null;

  @Field({ description: 'The scoring rule applied (id), e.g. higherIsBetter.' })
  rule: string;

  @Field({ description: 'The rule\'s Chinese name.' })
  ruleLabel: string;

  @Field(() => String, { nullable: true })
  formula: string | null;

  @Field(() => QualitativeTier, { nullable: true })
  tier: QualitativeTier | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'A score set by the evaluator (qualitative tiers, manual rule).' })
  manualScore: Decimal | null;

  @Field(() => String, { nullable: true })
  justification: string | null;

  @Field(() => String, { nullable: true, description: '偏差原因分析及改进措施' })
  deviationReason: string | null;

  @Field(() => DeviationCauseCategory, { nullable: true, description: '偏差原因类别, as the unit reported it.' })
  deviationCauseCategory: DeviationCauseCategory | null;

  @Field(() => String, { nullable: true, description: '经费保障 / 制度保障 / 人员保障 / 硬件保障 / 其他' })
  deviationCauseCategoryLabel: string | null;

  @Field(() => CompletionLikelihood, { nullable: true, description: '完成目标可能性, as the unit reported it in monitoring.' })
  completionLikelihood: CompletionLikelihood | null;

  @Field(() => String, { nullable: true, description: '确定能 / 有可能 / 完全不可能' })
  completionLikelihoodLabel: string | null;

  @Field(() => [String], { description: '佐证材料' })
  evidence: string[];

  @Field(() => DecimalScalar, { nullable: true, description: '得分 as the evaluation claims it.' })
  claimedScore: Decimal | null;

  @Field(() => String, { nullable: true })
  claimedStatement: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '得分 by the rule; null when the rule could not score (see derivation).' })
  score: Decimal | null;

  @Field({ description: 'How the score follows, in Chinese, e.g. "5 × 91.02% = 4.55", or why there is none.' })
  derivation: string;

  @Field(() => IndicatorDeviation)
  deviation: IndicatorDeviation;

  @Field(() => [String], { description: 'Why a 偏差原因 is required (empty when none is); see reasonMissing.' })
  reasonRequirements: string[];

  @Field({ description: 'A reason is required and none was given.' })
  reasonMissing: boolean;

  @Field(() => [String], { description: 'Target or actual texts the parser could not read.' })
  readProblems: string[];
}
