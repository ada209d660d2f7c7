import type { Decimal } from '@jixiao/core';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Rate } from '../../../common/models/rate.model.js';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';

@ObjectType({ description: 'One year of a unit or region as the rankings compare it.' })
export class RankingFigures {
  @Field(() => Int)
  projectCount: number;

  @Field(() => Rate, {
    nullable: true,
    description: '预算执行率 (spent ÷ received). This year: as stated; last year: paid by the same month-end (`Rankings.months`), so the two compare like for like. Null when nothing was received.',
  })
  executionRate: Rate | null;

  @Field(() => Int, { description: 'Projects with a recomputed 总分.' })
  scoredCount: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mean recomputed 总分 (2 decimals); null when none is scored.' })
  averageScore: Decimal | null;

  @Field(() => Int, { description: 'Projects with both a claimed and a recomputed 总分.' })
  claimedCount: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Mean of claimed − recomputed 总分 (2 decimals): how much the self-evaluations claim above what their figures support. Null when none claims a score.',
  })
  scoreGap: Decimal | null;
}

@ObjectType({ description: 'A unit or region in the rankings, this year beside last year (同比).' })
export class RankingEntry {
  @Field({ description: 'The unit id, or the region code.' })
  key: string;

  @Field()
  name: string;

  @Field({ description: "The unit's region, or the region itself." })
  regionCode: string;

  @Field({ description: 'Regions only: the units of this region itself (本级, e.g. 州本级), listed beside the regions below it.' })
  ownUnits: boolean;

  @Field(() => RankingFigures)
  current: RankingFigures;

  @Field(() => RankingFigures, { nullable: true, description: 'The previous fiscal year; null when it had no projects here.' })
  previous: RankingFigures | null;
}

@ObjectType({ description: 'Units and regions by execution, score and claimed-vs-recomputed gap, with last year beside them.' })
export class Rankings {
  @Field(() => Int)
  fiscalYear: number;

  @Field({ description: 'The date this year is judged at (YYYY-MM-DD), as the overview.' })
  asOf: string;

  @Field(() => Int, { description: 'Completed months at asOf (0–12): last year is compared at the same month-end.' })
  months: number;

  @Field({ description: 'The year is still in progress at asOf: its scores are provisional (预评), not final grades.' })
  provisional: boolean;

  @Field(() => [RankingEntry], { description: 'By unit, in no particular order (the client sorts).' })
  units: RankingEntry[];

  @Field(() => [RankingEntry], { description: 'By region, by code.' })
  regions: RankingEntry[];
}
