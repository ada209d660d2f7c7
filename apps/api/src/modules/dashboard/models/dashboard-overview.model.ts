import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';
import { Rate } from '../../../common/models/rate.model.js';
import { AlertColour, Grade } from '../../projects/models/enums.js';
import { ExecutionPoint } from '../../monitoring/models/execution-point.model.js';

@ObjectType({ description: 'Money and execution of a set of projects against time progress.' })
export class ExecutionSummary {
  @Field(() => Int)
  projectCount: number;

  @Field(() => Money)
  budgetAmount: Money;

  @Field(() => Money, { description: '全年预算数 (调整后)' })
  adjustedBudgetAmount: Money;

  @Field(() => Money)
  receivedAmount: Money;

  @Field(() => Money)
  spentAmount: Money;

  @Field(() => Rate, { nullable: true, description: '预算执行率 = spent ÷ received over the set; null when nothing was received.' })
  executionRate: Rate | null;

  @Field(() => AlertColour, { nullable: true, description: 'Execution alert of the set at the overview date.' })
  alertColour: AlertColour | null;
}

@ObjectType()
export class UnitExecution {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field()
  regionCode: string;

  @Field(() => ExecutionSummary)
  summary: ExecutionSummary;
}

@ObjectType()
export class RegionExecution {
  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field({ description: 'The units of this region itself (本级, e.g. 州本级), listed beside the regions below it: not the region\'s total.' })
  ownUnits: boolean;

  @Field(() => ExecutionSummary)
  summary: ExecutionSummary;
}

@ObjectType({ description: 'Projects per execution alert colour, each at its own monitoring date.' })
export class AlertCounts {
  @Field(() => Int)
  red: number;

  @Field(() => Int)
  amber: number;

  @Field(() => Int)
  green: number;

  @Field(() => Int, { description: 'Projects with nothing received (no execution to judge).' })
  none: number;

  @Field(() => Int, {
    description:
      'Projects with at least one indicator far ahead of time progress (指标进度预警 blue: reached ≥ 120% of what time progress expects) at their monitoring date. Counted beside the execution colours, not among them: red + amber + green + none = the projects.',
  })
  blue: number;
}

@ObjectType({ description: 'The monthly execution curve of a set of projects over one fiscal year.' })
export class ExecutionSeries {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Money, { description: '实际到位 of the set: the base of each point\'s execution rate.' })
  receivedAmount: Money;

  @Field(() => [ExecutionPoint], {
    description: 'Twelve month-ends: payments dated inside the fiscal year, cumulated, against 序时进度 (m ÷ 12).',
  })
  points: ExecutionPoint[];
}

@ObjectType()
export class GradeCount {
  @Field(() => Grade, { nullable: true, description: 'null: no evaluation (unscored).' })
  grade: Grade | null;

  @Field({ description: '优 / 良 / 中 / 差 / 未评价' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'An indicator far from its target.' })
export class DeviationEntry {
  @Field(() => ID)
  projectId: string;

  @Field()
  projectName: string;

  @Field()
  unitName: string;

  @Field(() => ID)
  indicatorId: string;

  @Field()
  indicatorName: string;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field(() => String, { nullable: true })
  actual: string | null;

  @Field(() => Rate, { description: '偏差率 (actual − target) ÷ target.' })
  deviationRate: Rate;
}

@ObjectType({ description: 'The dashboard of one fiscal year over the projects the caller may read.' })
export class DashboardOverview {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field({ description: 'The date execution is judged at: the argument, else the latest date the projects state, else today (at most 31 December).' })
  asOf: string;

  @Field(() => Rate, { description: '序时进度 at asOf.' })
  timeProgress: Rate;

  @Field(() => ExecutionSummary)
  totals: ExecutionSummary;

  @Field(() => [UnitExecution], { description: 'By unit, lowest execution rate first.' })
  byUnit: UnitExecution[];

  @Field(() => [RegionExecution], { description: 'By region, by code.' })
  byRegion: RegionExecution[];

  @Field(() => AlertCounts)
  alertCounts: AlertCounts;

  @Field(() => [ExecutionSeries], {
    description:
      'The monthly execution curves of fiscalYear and of the year before, in that order (a year without projects has zero spending and null rates). Cumulative spending counts payments; a project\'s stated 实际支出 without payments is in totals.spentAmount only.',
  })
  executionSeries: ExecutionSeries[];

  @Field(() => [GradeCount])
  gradeDistribution: GradeCount[];

  @Field(() => [DeviationEntry], { description: 'The ten largest deviations (by absolute 偏差率).' })
  largestDeviations: DeviationEntry[];
}
