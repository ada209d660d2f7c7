import { FONT_FAMILY } from '@jixiao/charts';
import { chartValue, formatWanYuan } from '../utils/decimal-format';
import type { ChartOption } from './types';

export interface ShareInput {
  readonly name: string;
  /** The API's `Money`: exact 元 and rounded 万元 as decimal strings. */
  readonly amount: { readonly yuan: string; readonly wanYuan: string };
}

/**
 * A ring of parts of a whole (spending by expense category). Dashboard-only, hence here and not in
 * @jixiao/charts: the printed report lists the categories as a table.
 */
export function shareOfWhole(items: readonly ShareInput[]): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{d}%', fontSize: 11 },
        data: items.map((item) => ({
          name: item.name,
          value: chartValue(item.amount.wanYuan) ?? 0,
          tooltip: { formatter: `${item.name}：${formatWanYuan(item.amount)}` },
        })),
      },
    ],
  };
}
