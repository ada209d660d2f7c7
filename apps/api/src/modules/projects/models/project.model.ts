import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';
import { Rate } from '../../../common/models/rate.model.js';
import { Region } from '../../regions/models/region.model.js';
import { Unit } from '../../units/models/unit.model.js';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import type { Decimal } from '@jixiao/core';
import { AlertColour, Grade } from './enums.js';

@ObjectType({ description: '绩效目标: the overall goal (总体目标) and phase goals (阶段性目标).' })
export class PerformanceGoal {
  @Field(() => String, { nullable: true })
  overall: string | null;

  @Field(() => [String])
  phases: string[];
}

@ObjectType({ description: 'Execution judged against time progress (绩效运行监控, 财预〔2019〕136号).' })
export class ExecutionAlert {
  @Field(() => AlertColour)
  colour: AlertColour;

  @Field(() => Rate, { description: '序时进度 at the monitoring date.' })
  timeProgress: Rate;

  @Field(() => Rate, { nullable: true, description: 'v = 执行率 ÷ 序时进度; null before any time has elapsed.' })
  v: Rate | null;

  @Field({ description: 'Why this colour, in Chinese.' })
  cause: string;
}

@ObjectType({
  description:
    '项目: one spending programme of one unit for one fiscal year. The money totals, score and grade are kept current on every change; the detailed fields (budget lines, indicators, score card, audit, monitoring) are computed by @jixiao/core when asked for.',
})
export class Project {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Unit, { description: '实施单位' })
  unit: Unit;

  @Field(() => Region)
  region: Region;

  @Field(() => String, { nullable: true, description: '主管部门' })
  supervisingDepartment: string | null;

  @Field(() => String, { nullable: true, description: '资金文件文号, e.g. 昌州财行（2022）1号' })
  fundingDocument: string | null;

  @Field(() => PerformanceGoal)
  goals: PerformanceGoal;

  @Field({ description: 'True for the generated demonstration data (合成演示数据), never real figures.' })
  synthetic: boolean;

  @Field(() => Money, { description: '年初预算数 (sum over fund sources).' })
  budgetAmount: Money;

  @Field(() => Money, { description: '全年预算数 (调整后).' })
  adjustedBudgetAmount: Money;

  @Field(() => Money, { description: '实际到位.' })
  receivedAmount: Money;

  @Field(() => Money, { description: '实际支出: as stated by the evaluation when it states it, otherwise the sum of the payments.' })
  spentAmount: Money;

  @Field(() => Rate, { nullable: true, description: '资金到位率 = 实际到位 ÷ 全年预算数; null when nothing was budgeted.' })
  fundingRate: Rate | null;

  @Field(() => Rate, { nullable: true, description: '预算执行率 = 实际支出 ÷ 实际到位; null when nothing was received.' })
  executionRate: Rate | null;

  @Field(() => DecimalScalar, { nullable: true, description: '总分 recomputed by the core (not the claimed one); null without an evaluation.' })
  totalScore: Decimal | null;

  @Field(() => Grade, { nullable: true, description: '评级 of the recomputed total.' })
  grade: Grade | null;

  @Field({ description: 'The date monitoring judges the project at: the stated 截至 date, else today or the end of its fiscal year.' })
  monitoringDate: string;

  @Field(() => ExecutionAlert, { nullable: true, description: 'Execution against time progress; null when nothing was received.' })
  executionAlert: ExecutionAlert | null;

  @Field(() => Int, { description: 'Incremented by every change; mutations pass it back as expectedVersion.' })
  version: number;

  @Field({ description: 'Last change.' })
  updatedAt: Date;
}
