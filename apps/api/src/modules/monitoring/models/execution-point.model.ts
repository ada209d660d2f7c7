import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';
import { Rate } from '../../../common/models/rate.model.js';
import { AlertColour } from '../../projects/models/enums.js';

@ObjectType({ description: 'Execution at the end of one month of the fiscal year, against time progress.' })
export class ExecutionPoint {
  @Field(() => Int, { description: '1–12' })
  month: number;

  @Field({ description: 'The month\'s last day (YYYY-MM-DD).' })
  asOf: string;

  @Field(() => Money)
  spentInMonth: Money;

  @Field(() => Money, { description: 'Paid from 1 January to asOf.' })
  cumulativeSpent: Money;

  @Field(() => Rate, { nullable: true, description: '预算执行率 at asOf (cumulative spent ÷ 实际到位); null when nothing was received.' })
  executionRate: Rate | null;

  @Field(() => Rate, { description: '序时进度 at asOf (month-based: m ÷ 12).' })
  timeProgress: Rate;

  @Field(() => AlertColour, { nullable: true, description: 'The execution alert at asOf; null when nothing was received.' })
  alertColour: AlertColour | null;
}
