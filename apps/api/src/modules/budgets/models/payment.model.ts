import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '../../../common/models/money.model.js';
import { FundSource } from '../../projects/models/enums.js';

@ObjectType({ description: '实际支付: one payment out of the project\'s funds.' })
export class Payment {
  @Field(() => ID)
  id: string;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Money)
  amount: Money;

  @Field({ description: '经济分类 / 支出明细, e.g. 宣传费' })
  category: string;

  @Field(() => String, { nullable: true, description: '凭证号' })
  voucher: string | null;

  @Field(() => FundSource, { nullable: true })
  fundSource: FundSource | null;
}
