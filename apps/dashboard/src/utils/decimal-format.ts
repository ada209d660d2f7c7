/**
 * Display formatting of the API's exact decimals (the `Decimal` scalar: strings such as "910200.00",
 * "91.02"). Everything here is string and bigint arithmetic: money never passes through a float,
 * following the one rounding policy (docs/rounding.md: 2 decimals, half away from zero).
 */

const DECIMAL = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/;

interface ScaledDecimal {
  readonly negative: boolean;
  /** The absolute value times 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

function parse(text: string): ScaledDecimal {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal: "${text}"`);
  const fraction = match[3] ?? '';
  return { negative: match[1] === '-', units: BigInt(`${match[2]}${fraction}`), scale: fraction.length };
}

/** Rounds to `decimals` places, half away from zero. */
function rescale(value: ScaledDecimal, decimals: number): ScaledDecimal {
  if (value.scale <= decimals) {
    return { ...value, units: value.units * 10n ** BigInt(decimals - value.scale), scale: decimals };
  }
  const divisor = 10n ** BigInt(value.scale - decimals);
  const quotient = value.units / divisor;
  const rounded = (value.units % divisor) * 2n >= divisor ? quotient + 1n : quotient;
  return { negative: value.negative, units: rounded, scale: decimals };
}

function render(value: ScaledDecimal, grouping: boolean): string {
  const digits = value.units.toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale);
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  // "-0.00" would tell the reader something was lost; zero has no sign.
  const sign = value.negative && value.units !== 0n ? '-' : '';
  return `${sign}${grouped}${fraction === '' ? '' : `.${fraction}`}`;
}

export interface DecimalFormatOptions {
  /** Places after the point (default 2). */
  readonly decimals?: number;
  /** Thousands separators (default true). */
  readonly grouping?: boolean;
}

/** "1234.5" → "1,234.50". */
export function formatDecimal(text: string, { decimals = 2, grouping = true }: DecimalFormatOptions = {}): string {
  return render(rescale(parse(text), decimals), grouping);
}

/** An amount in 元 shown in 万元: "910200.00" → "91.02" (10,000 元 = 1 万元, exact shift of the point). */
export function yuanToWanYuan(yuan: string, options: DecimalFormatOptions = {}): string {
  const value = parse(yuan);
  return render(rescale({ ...value, scale: value.scale + 4 }, options.decimals ?? 2), options.grouping ?? true);
}

/** A 万元 decimal with its unit: "91.02" → "91.02万元". */
export function formatWanYuan(wanYuan: string | null | undefined): string {
  return wanYuan == null ? '—' : `${formatDecimal(wanYuan)}万元`;
}

/** A percent decimal with its sign: "91.02" → "91.02%"; null (no rate defined) → "—". */
export function formatPercent(percent: string | null | undefined): string {
  return percent == null ? '—' : `${formatDecimal(percent, { grouping: false })}%`;
}

/** A score: "4.551" → "4.55"; null (not scored) → "—". */
export function formatScore(score: string | null | undefined): string {
  return score == null ? '—' : formatDecimal(score, { grouping: false });
}

/**
 * A decimal as a chart coordinate. ECharts draws numbers; this is the only place one is made, from
 * an already rounded display value, and nothing is computed with it.
 */
export function chartValue(text: string | null | undefined): number | null {
  if (text == null) return null;
  parse(text);
  return Number(text);
}
