/**
 * Exact decimal numbers for money, weights, scores and measured values.
 *
 * A value is `units / 10^scale` with exact integer units (a number while safe, a bigint beyond:
 * see integer.ts), so sums and products are exact and fast; the only
 * place a value is ever rounded is an explicit call to {@link Decimal.round} or
 * {@link Ratio.round}, and the policy for *which* precision to use lives in `rounding.ts`.
 * Plain JavaScript numbers are accepted only as input literals and produced only for JSON output.
 */
import { add, compare, digitsOf, divideRounded, fromBigInt, multiply, negate, powerOfTen, shift, shiftNumber, subtract, toBigInt, type Int } from './integer.js';

export class Decimal {
  static readonly ZERO = new Decimal(0, 0);
  static readonly ONE = new Decimal(1, 0);
  static readonly HUNDRED = new Decimal(100, 0);

  private constructor(
    /** The digits, as an exact integer (see integer.ts). */
    private readonly digits: Int,
    /** How many of the digits stand after the decimal point (≥ 0). */
    readonly scale: number,
  ) {}

  /** The digits as an integer: `91.02` has units 9102 and scale 2. */
  get units(): bigint {
    return toBigInt(this.digits);
  }

  /** Builds a decimal from integer units and a scale: `of(9102n, 2)` is 91.02. */
  static of(units: bigint | number, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`scale must be a non-negative integer, got ${scale}`);
    if (typeof units === 'number' && !Number.isSafeInteger(units)) throw new RangeError(`units must be a safe integer, got ${units}`);
    return new Decimal(typeof units === 'bigint' ? fromBigInt(units) : units, scale);
  }

  /**
   * Parses `"91.02"`, `"-3"`, `"1,234.5"`, `"1e3"`; a number is read through its shortest decimal
   * representation (`0.1` is exactly 0.1). Throws {@link DecimalFormatError} on anything else.
   */
  static from(value: DecimalInput): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(fromBigInt(value), 0);
    if (typeof value === 'number') {
      // Integer literals (`x.lte(0)`, `a.times(2)`) are the common case in the rules: skip the text round trip.
      if (Number.isSafeInteger(value)) return value === 0 ? Decimal.ZERO : new Decimal(value, 0);
      if (!Number.isFinite(value)) throw new DecimalFormatError(String(value));
      return Decimal.parse(String(value));
    }
    return Decimal.parse(value);
  }

  /** Like {@link from} for text, but answers `undefined` instead of throwing. */
  static tryParse(text: string): Decimal | undefined {
    const match = DECIMAL_PATTERN.exec(text.trim().replaceAll(',', ''));
    if (!match) return undefined;
    const [, sign = '', intPart = '', fracPart = '', exponent] = match;
    if (intPart === '' && fracPart === '') return undefined;
    const digitText = (intPart || '0') + fracPart;
    // Up to 15 digits a number holds the value exactly.
    let units: Int = digitText.length <= 15 ? Number(digitText) : fromBigInt(BigInt(digitText));
    let scale = fracPart.length;
    if (exponent !== undefined) {
      const exp = Number(exponent);
      if (Math.abs(exp) > 1000) return undefined;
      if (exp >= scale) {
        units = shift(units, exp - scale);
        scale = 0;
      } else {
        scale -= exp;
      }
    }
    return new Decimal(sign === '-' ? negate(units) : units, scale);
  }

  private static parse(text: string): Decimal {
    const parsed = Decimal.tryParse(text);
    if (parsed === undefined) throw new DecimalFormatError(text);
    return parsed;
  }

  plus(other: DecimalInput): Decimal {
    const b = other instanceof Decimal ? other : Decimal.from(other);
    const x = this.digits;
    const y = b.digits;
    if (typeof x === 'number' && typeof y === 'number') {
      const d = this.scale - b.scale;
      const sum = (d >= 0 ? x : shiftNumber(x, -d)) + (d <= 0 ? y : shiftNumber(y, d));
      if (Number.isSafeInteger(sum)) return new Decimal(sum, d >= 0 ? this.scale : b.scale);
    }
    const scale = Math.max(this.scale, b.scale);
    return new Decimal(add(this.digitsAt(scale), b.digitsAt(scale)), scale);
  }

  minus(other: DecimalInput): Decimal {
    const b = other instanceof Decimal ? other : Decimal.from(other);
    const x = this.digits;
    const y = b.digits;
    if (typeof x === 'number' && typeof y === 'number') {
      const d = this.scale - b.scale;
      const difference = (d >= 0 ? x : shiftNumber(x, -d)) - (d <= 0 ? y : shiftNumber(y, d));
      if (Number.isSafeInteger(difference)) return new Decimal(difference === 0 ? 0 : difference, d >= 0 ? this.scale : b.scale);
    }
    const scale = Math.max(this.scale, b.scale);
    return new Decimal(subtract(this.digitsAt(scale), b.digitsAt(scale)), scale);
  }

  times(other: DecimalInput): Decimal {
    const b = Decimal.from(other);
    return new Decimal(multiply(this.digits, b.digits), this.scale + b.scale);
  }

  /** The exact quotient as a {@link Ratio}; dividing by zero throws. */
  dividedBy(other: DecimalInput): Ratio {
    return Ratio.of(this, Decimal.from(other));
  }

  negate(): Decimal {
    return new Decimal(negate(this.digits), this.scale);
  }

  abs(): Decimal {
    return this.digits < 0 ? this.negate() : this;
  }

  compare(other: DecimalInput): -1 | 0 | 1 {
    const b = other instanceof Decimal ? other : Decimal.from(other);
    const x = this.digits;
    const y = b.digits;
    // The common path: both digits plain numbers, lined up without a bigint (NaN when they cannot be).
    if (typeof x === 'number' && typeof y === 'number') {
      const d = this.scale - b.scale;
      const xs = d >= 0 ? x : shiftNumber(x, -d);
      const ys = d <= 0 ? y : shiftNumber(y, d);
      if (!Number.isNaN(xs) && !Number.isNaN(ys)) return xs < ys ? -1 : xs > ys ? 1 : 0;
    }
    const scale = Math.max(this.scale, b.scale);
    return compare(this.digitsAt(scale), b.digitsAt(scale));
  }

  eq(other: DecimalInput): boolean {
    return this.compare(other) === 0;
  }
  lt(other: DecimalInput): boolean {
    return this.compare(other) < 0;
  }
  lte(other: DecimalInput): boolean {
    return this.compare(other) <= 0;
  }
  gt(other: DecimalInput): boolean {
    return this.compare(other) > 0;
  }
  gte(other: DecimalInput): boolean {
    return this.compare(other) >= 0;
  }

  isZero(): boolean {
    return this.digits === 0 || this.digits === 0n;
  }
  isNegative(): boolean {
    return this.digits < 0;
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.lte(b) ? a : b;
  }
  static max(a: Decimal, b: Decimal): Decimal {
    return a.gte(b) ? a : b;
  }

  /** Sums exactly; an empty list sums to zero. */
  static sum(values: Iterable<Decimal>): Decimal {
    let total = Decimal.ZERO;
    for (const value of values) total = total.plus(value);
    return total;
  }

  /** Rounds half away from zero (“四舍五入”) to `scale` decimals. */
  round(scale: number): Decimal {
    if (scale >= this.scale) return this;
    return new Decimal(divideRounded(this.digits, powerOfTen(this.scale - scale)), scale);
  }

  /** Fixed notation with exactly `digits` decimals, rounding half away from zero. */
  toFixed(digits: number): string {
    return this.round(digits).withScale(digits).toString();
  }

  /** Plain notation without trailing zeros: `"91.02"`, `"100"`, `"-0.5"`. */
  toString(): string {
    const negative = this.digits < 0;
    const text = digitsOf(this.digits).padStart(this.scale + 1, '0');
    const intPart = text.slice(0, text.length - this.scale);
    const fracPart = text.slice(text.length - this.scale);
    return (negative ? '-' : '') + (fracPart === '' ? intPart : `${intPart}.${fracPart}`);
  }

  /** The same value without trailing fractional zeros. */
  normalize(): Decimal {
    let { digits, scale } = this;
    if (typeof digits === 'number') {
      while (scale > 0 && digits % 10 === 0) {
        digits /= 10;
        scale -= 1;
      }
      return scale === this.scale ? this : new Decimal(digits === 0 ? 0 : digits, scale);
    }
    let units = digits;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(fromBigInt(units), scale);
  }

  /** This value ÷ 10^places, exactly: the decimal point moves left (percent → fraction). */
  movePointLeft(places: number): Decimal {
    return new Decimal(this.digits, this.scale + places);
  }

  /** For JSON output only: never compute with the result. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): string {
    return this.normalize().toString();
  }

  /** Rescales upwards (never loses digits); used to pad for display. */
  private withScale(scale: number): Decimal {
    return scale <= this.scale ? this : new Decimal(this.digitsAt(scale), scale);
  }

  /** The digits of this value at a scale ≥ its own. */
  private digitsAt(scale: number): Int {
    return shift(this.digits, scale - this.scale);
  }

  /** The exact integer digits, for {@link Ratio} (internal to money/). */
  static exactDigits(value: Decimal): Int {
    return value.digits;
  }
}

/**
 * An exact quotient of two decimals, kept unrounded so that a rate (预算执行率 = 91.02 ÷ 100)
 * can be multiplied into a score before the single rounding step.
 */
export class Ratio {
  static readonly ZERO = new Ratio(0, 1);
  static readonly ONE = new Ratio(1, 1);

  private constructor(
    private readonly n: Int,
    /** Always positive. */
    private readonly d: Int,
  ) {}

  get numerator(): bigint {
    return toBigInt(this.n);
  }

  get denominator(): bigint {
    return toBigInt(this.d);
  }

  static of(dividend: Decimal, divisor: Decimal): Ratio {
    if (divisor.isZero()) throw new RangeError('division by zero');
    // a/10^s ÷ b/10^t = a·10^t ÷ b·10^s
    const n = shift(Decimal.exactDigits(dividend), divisor.scale);
    const d = shift(Decimal.exactDigits(divisor), dividend.scale);
    return d < 0 ? new Ratio(negate(n), negate(d)) : new Ratio(n, d);
  }

  static fromDecimal(value: Decimal): Ratio {
    return new Ratio(Decimal.exactDigits(value), powerOfTen(value.scale));
  }

  times(other: Decimal | Ratio): Ratio {
    if (other instanceof Decimal) {
      return new Ratio(multiply(this.n, Decimal.exactDigits(other)), multiply(this.d, powerOfTen(other.scale)));
    }
    return new Ratio(multiply(this.n, other.n), multiply(this.d, other.d));
  }

  /** The exact quotient; dividing by zero throws. */
  dividedBy(other: Ratio): Ratio {
    if (other.isZero()) throw new RangeError('division by zero');
    const n = multiply(this.n, other.d);
    const d = multiply(this.d, other.n);
    return d < 0 ? new Ratio(negate(n), negate(d)) : new Ratio(n, d);
  }

  isZero(): boolean {
    return this.n === 0 || this.n === 0n;
  }

  minus(other: Ratio): Ratio {
    return new Ratio(subtract(multiply(this.n, other.d), multiply(other.n, this.d)), multiply(this.d, other.d));
  }

  compare(other: Ratio | Decimal): -1 | 0 | 1 {
    const b = other instanceof Decimal ? Ratio.fromDecimal(other) : other;
    return compare(multiply(this.n, b.d), multiply(b.n, this.d));
  }

  /** Rounds half away from zero to `scale` decimals. */
  round(scale: number): Decimal {
    return Decimal.of(divideRounded(shift(this.n, scale), this.d), scale);
  }

  /** The rate in percent, rounded to `digits` decimals: 0.91024 → "91.02%". */
  toPercent(digits = 2): string {
    return `${this.times(Decimal.HUNDRED).round(digits).toFixed(digits)}%`;
  }
}

export type DecimalInput = Decimal | string | number | bigint;

export class DecimalFormatError extends Error {
  constructor(readonly input: string) {
    super(`不是有效的数字: "${input}"`);
    this.name = 'DecimalFormatError';
  }
}

const DECIMAL_PATTERN = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
