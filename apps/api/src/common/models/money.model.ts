import { Decimal, WAN_YUAN_DECIMALS, formatWanYuan, toWanYuan } from '@jixiao/core';
import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType({ description: 'An amount of money: exact 元, rounded 万元 (2 decimals, half-up) and display text.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'Exact amount in 元, e.g. "910200.00".' })
  yuan: Decimal;

  @Field(() => DecimalScalar, { description: 'Amount in 万元 rounded half-up to 2 decimals, e.g. "91.02".' })
  wanYuan: Decimal;

  @Field({ description: 'Display text in 万元, e.g. "91.02万元".' })
  text: string;

  static of(yuan: Decimal | string): Money {
    const value = Decimal.from(yuan);
    // Both with exactly two decimals: 元 are exact to the 分, 万元 rounded once by the core's policy.
    return Object.assign(new Money(), {
      yuan: Decimal.from(value.toFixed(2)),
      wanYuan: Decimal.from(toWanYuan(value).toFixed(WAN_YUAN_DECIMALS)),
      text: formatWanYuan(value),
    });
  }
}
