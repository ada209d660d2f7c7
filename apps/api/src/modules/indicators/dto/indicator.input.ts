import type { Decimal } from '@jixiao/core';
import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { CompletionLikelihood, DeviationCauseCategory, EvaluationKind, QualitativeTier } from '../../projects/models/enums.js';
import { NullClears } from '../../../graphql/null-arguments.pipe.js';

@InputType({
  description:
    'One indicator as in the project file format (texts as written on the forms). For an indicator already stored under the same key, omitted fields stay and null clears.',
})
export class IndicatorInput {
  @Field(() => String, { nullable: true, description: 'Stable key; generated from the names when absent.' })
  key?: string | null;

  @Field({ description: '一级指标: framework dimension id or Chinese name (output, 产出)' })
  level1: string;

  @Field({ description: '二级指标: framework group id or Chinese name (quantity, 产出数量)' })
  level2: string;

  @Field({ description: '三级指标' })
  name: string;

  @Field(() => DecimalScalar, { description: '分值' })
  weight: Decimal;

  @Field(() => String, { nullable: true, description: '年度指标值, e.g. "≥2次", "≤20万元", "2022年12月20日", "逐步提高"' })
  @NullClears()
  target?: string | null;

  @Field(() => String, { nullable: true, description: '实际完成值' })
  @NullClears()
  actual?: string | null;

  @Field(() => String, { nullable: true, description: 'Scoring rule id overriding the framework default.' })
  @NullClears()
  rule?: string | null;

  @Field(() => String, { nullable: true, description: 'fundingRate / executionRate / completionRate / qualityRate / costSavingRate' })
  @NullClears()
  formula?: string | null;

  @Field(() => String, { nullable: true, description: '偏差原因分析及改进措施' })
  @NullClears()
  deviationReason?: string | null;

  @Field(() => DeviationCauseCategory, { nullable: true, description: '偏差原因类别' })
  @NullClears()
  deviationCauseCategory?: DeviationCauseCategory | null;

  @Field(() => CompletionLikelihood, { nullable: true, description: '完成目标可能性' })
  @NullClears()
  completionLikelihood?: CompletionLikelihood | null;
}

@InputType({
  description:
    'Sets the evaluation\'s indicators, matched by key: listed ones are kept or added (keeping what they do not say), unlisted ones removed. Refused once the evaluation is submitted.',
})
export class SetIndicatorsInput {
  @Field(() => EvaluationKind, { nullable: true, description: 'Required when the project has no evaluation yet.' })
  kind?: EvaluationKind;

  @Field(() => String, {
    nullable: true,
    description: 'Built-in framework id (self-evaluation-2020, department-evaluation-2020, finance-evaluation-2020); required when the project has no evaluation yet.',
  })
  framework?: string;

  @Field(() => [IndicatorInput])
  indicators: IndicatorInput[];
}

@InputType()
export class SetIndicatorActualInput {
  @Field(() => String, { nullable: true, description: '实际完成值 as written; omitted stays, null clears.' })
  @NullClears()
  actual?: string | null;

  @Field(() => String, { nullable: true, description: '偏差原因分析及改进措施; omitted stays, null clears.' })
  @NullClears()
  deviationReason?: string | null;

  @Field(() => DeviationCauseCategory, { nullable: true, description: '偏差原因类别; omitted stays, null clears.' })
  @NullClears()
  deviationCauseCategory?: DeviationCauseCategory | null;

  @Field(() => CompletionLikelihood, { nullable: true, description: '完成目标可能性 (monitoring); omitted stays, null clears.' })
  @NullClears()
  completionLikelihood?: CompletionLikelihood | null;

  @Field(() => [String], { nullable: true, description: '佐证材料; replaces the list when given.' })
  evidence?: string[];
}

@InputType({ description: '定性指标: the tier and the score inside it, with the reason for it.' })
export class SetIndicatorTierInput {
  @Field(() => QualitativeTier)
  tier: QualitativeTier;

  @Field(() => DecimalScalar, { description: 'The score, inside the tier\'s range of the weight (达成 [80%, 100%], …).' })
  score: Decimal;

  @Field({ description: 'Why this tier and score (required).' })
  justification: string;
}
