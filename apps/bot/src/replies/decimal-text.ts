/**
 * Exact decimal formatting for money and percentages that arrive as strings (e.g. "910200.00" yuan,
 * "91.02" percent). No float ever touches a value: digits are read into a scaled BigInt and rounded half-up
 * (away from zero), the rounding policy of the rest of Jixiao.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function parse(text: string): Scaled {
  const match = DECIMAL.exec(text.trim());
  if (match === null) throw new Error(`not a decimal: ${text}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2] ?? '0'}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

/** Rounds units / 10^(scale + shift) to `places` decimals, half away from zero, and prints it. */
function format({ units, scale }: Scaled, shift: number, places: number): string {
  const exponent = scale + shift - places;
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  let rounded: bigint;
  if (exponent >= 0) {
    const divisor = 10n ** BigInt(exponent);
    rounded = exponent === 0 ? magnitude : (magnitude * 2n + divisor) / (divisor * 2n);
  } else {
    rounded = magnitude * 10n ** BigInt(-exponent);
  }
  const digits = rounded.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** "910200.00" yuan → "91.02" (万元, two decimals, half-up). */
export function yuanToWan(yuan: string): string {
  return format(parse(yuan), 4, 2);
}

/** "91.0249" → "91.02"; percentages are shown with two decimals. */
export function twoDecimals(value: string): string {
  return format(parse(value), 0, 2);
}

/** a − b exactly, as a decimal string (for money differences and percentage-point deviations). */
export function subtractDecimal(a: string, b: string): string {
  const left = parse(a);
  const right = parse(b);
  const scale = Math.max(left.scale, right.scale);
  const units = left.units * 10n ** BigInt(scale - left.scale) - right.units * 10n ** BigInt(scale - right.scale);
  return format({ units, scale }, 0, scale);
}

/** The sign of a decimal string: -1, 0 or 1. */
export function signOf(value: string): -1 | 0 | 1 {
  const { units } = parse(value);
  return units === 0n ? 0 : units < 0n ? -1 : 1;
}
