import { Field, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';
import { FundSource } from '../../projects/models/enums.js';

@ObjectType({ description: 'Budget of one fund source.' })
export class BudgetLine {
  @Field(() => FundSource)
  fundSource: FundSource;

  @Field(() => Money, { description: '年初预算数' })
  budgetAmount: Money;

  @Field(() => Money, { description: '全年预算数 (调整后)' })
  adjustedBudgetAmount: Money;

  @Field(() => Money, { description: '实际到位' })
  receivedAmount: Money;
}
