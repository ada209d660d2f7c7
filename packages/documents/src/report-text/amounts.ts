import { Decimal, fromWanYuan } from '@jixiao/core';

/**
 * An amount as the report writes it (“91.02” “万元”) in exact 元, as the project file stores money.
 * Reports write 万元; 元 and 亿元 are accepted because some do.
 */
export function toYuan(number: string, unit: string): Decimal {
  const value = Decimal.from(number);
  if (unit === '万元' || unit === '万') return fromWanYuan(value);
  if (unit === '亿元') return fromWanYuan(value.times(10_000));
  return value;
}

/** The project file's spelling of an exact amount: “603200”, never “603200.00”. */
export function yuanText(value: Decimal): string {
  return value.normalize().toString();
}

export const AMOUNT_UNIT = '(万元|亿元|元|万)';
