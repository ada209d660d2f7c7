export { Decimal, DecimalFormatError, Ratio, type DecimalInput } from './decimal.js';
export {
  PERCENT_DECIMALS,
  SCORE_DECIMALS,
  WAN_YUAN_DECIMALS,
  formatPercent,
  formatScore,
  formatWanYuan,
  fromWanYuan,
  roundScore,
  toWanYuan,
} from './rounding.js';
