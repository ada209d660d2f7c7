import type { Decimal } from '@jixiao/core';
import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';

@InputType()
export class IndicatorScoreInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => DecimalScalar, { description: '得分 the evaluation states for the indicator.' })
  score: Decimal;
}

@InputType({
  description:
    'The scores the evaluation states (得分). Indicators not listed keep the score they state, or take the core\'s when they state none; the audit then compares what is stated with the rules.',
})
export class ScoreEvaluationInput {
  @Field(() => [IndicatorScoreInput], { defaultValue: [] })
  scores: IndicatorScoreInput[];

  @Field(() => DecimalScalar, { nullable: true, description: '总分 as stated; omitted, a stated total stays, else the sum of the stated scores.' })
  totalScore?: Decimal;

  @Field(() => String, { nullable: true, description: '评级 as stated (优 / 良 / 中 / 差); omitted, a stated grade stays (unless a new total is given), else the total\'s band.' })
  grade?: string;
}
