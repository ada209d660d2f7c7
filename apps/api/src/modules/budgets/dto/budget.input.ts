import type { Decimal } from '@jixiao/core';
import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { FundSource } from '../../projects/models/enums.js';
import { NullClears } from '../../../graphql/null-arguments.pipe.js';

@InputType()
export class BudgetLineInput {
  @Field(() => FundSource)
  fundSource: FundSource;

  @Field(() => DecimalScalar, { description: '年初预算数, 元' })
  budgetAmount: Decimal;

  @Field(() => DecimalScalar, { nullable: true, description: '全年预算数 (调整后), 元; defaults to budgetAmount.' })
  adjustedBudgetAmount?: Decimal;

  @Field(() => DecimalScalar, { description: '实际到位, 元' })
  receivedAmount: Decimal;
}

@InputType()
export class ExpenseInput {
  @Field({ description: '支出明细, e.g. 宣传费' })
  category: string;

  @Field(() => DecimalScalar, { description: '元' })
  amount: Decimal;
}

@InputType({ description: 'Replaces the budget lines (one per fund source); omitted optional fields stay, null clears.' })
export class SetBudgetInput {
  @Field(() => [BudgetLineInput])
  lines: BudgetLineInput[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '实际支出 as stated (元). When set it is the spent amount; null clears it so the payments\' sum counts.',
  })
  @NullClears()
  spentAmount?: Decimal | null;

  @Field(() => String, { nullable: true, description: 'The date the spending refers to (YYYY-MM-DD); null clears.' })
  @NullClears()
  asOf?: string | null;

  @Field(() => [ExpenseInput], { nullable: true, description: '支出明细 as stated; replaces the list when given.' })
  expenses?: ExpenseInput[];
}

@InputType()
export class PaymentInput {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => DecimalScalar, { description: '元, positive' })
  amount: Decimal;

  @Field({ description: '经济分类, e.g. 宣传费' })
  category: string;

  @Field(() => String, { nullable: true, description: '凭证号' })
  voucher?: string | null;

  @Field(() => FundSource, { nullable: true })
  fundSource?: FundSource | null;
}
