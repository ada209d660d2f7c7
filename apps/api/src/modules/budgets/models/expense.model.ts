import { Field, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';

@ObjectType({ description: '支出明细 as the evaluation states it (may disagree with the payments; the audit says so).' })
export class Expense {
  @Field()
  category: string;

  @Field(() => Money)
  amount: Money;
}
