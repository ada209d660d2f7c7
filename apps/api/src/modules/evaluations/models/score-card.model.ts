import type { Decimal } from '@jixiao/core';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { Grade } from '../../projects/models/enums.js';

@ObjectType({ description: '二级指标 group of the score card.' })
export class GroupScore {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The framework\'s weight for the group, when it sets one.' })
  weight: Decimal | null;

  @Field(() => DecimalScalar, { description: 'Sum of its indicators\' weights.' })
  indicatorWeight: Decimal;

  @Field(() => DecimalScalar)
  score: Decimal;
}

@ObjectType({ description: '一级指标 dimension of the score card, e.g. 决策 20.' })
export class DimensionScore {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field(() => DecimalScalar)
  weight: Decimal;

  @Field(() => DecimalScalar)
  score: Decimal;

  @Field(() => [GroupScore])
  groups: GroupScore[];
}

@ObjectType({ description: 'The evaluation recomputed by the core under its framework (not the claimed scores).' })
export class ScoreCard {
  @Field()
  frameworkId: string;

  @Field()
  frameworkName: string;

  @Field(() => DecimalScalar)
  totalWeight: Decimal;

  @Field(() => DecimalScalar, { description: '总分, the sum of the rounded indicator scores.' })
  totalScore: Decimal;

  @Field(() => Grade)
  grade: Grade;

  @Field({ description: '优 / 良 / 中 / 差' })
  gradeLabel: string;

  @Field(() => [DimensionScore])
  dimensions: DimensionScore[];

  @Field(() => Int, { description: 'Indicators no rule could score (counted as 0; see their derivation).' })
  unscoredCount: number;
}
