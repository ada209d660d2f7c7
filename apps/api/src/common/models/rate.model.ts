import { Decimal, PERCENT_DECIMALS, formatPercent, type Ratio } from '@jixiao/core';
import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType({
  description: 'A rate (到位率, 执行率, 序时进度, 完成率). Computed exactly; rounded only here, half-up to 2 decimals of a percent.',
})
export class Rate {
  @Field(() => DecimalScalar, { description: 'The rate in percent, 2 decimals: "91.02" means 91.02%.' })
  percent: Decimal;

  @Field({ description: 'Display text, e.g. "91.02%".' })
  text: string;

  static of(ratio: Ratio): Rate {
    const percent = Decimal.from(ratio.times(Decimal.HUNDRED).round(PERCENT_DECIMALS).toFixed(PERCENT_DECIMALS));
    return Object.assign(new Rate(), { percent, text: formatPercent(ratio) });
  }
}
