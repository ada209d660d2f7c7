/**
 * Exact decimal numbers for money, weights, scores and measured values.
 *
 * A value is `units / 10^scale` with a bigint `units`, so sums and products are exact; the only
 * place a value is ever rounded is an explicit call to {@link Decimal.round} or
 * {@link Ratio.round}, and the policy for *which* precision to use lives in `rounding.ts`.
 * Plain JavaScript numbers are accepted only as input literals and produced only for JSON output.
 */
export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);
  static readonly HUNDRED = new Decimal(100n, 0);

  private constructor(
    /** The digits, as an integer. */
    readonly units: bigint,
    /** How many of the digits stand after the decimal point (≥ 0). */
    readonly scale: number,
  ) {}

  /** Builds a decimal from integer units and a scale: `of(9102n, 2)` is 91.02. */
  static of(units: bigint, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`scale must be a non-negative integer, got ${scale}`);
    return new Decimal(units, scale);
  }

  /**
   * Parses `"91.02"`, `"-3"`, `"1,234.5"`, `"1e3"`; a number is read through its shortest decimal
   * representation (`0.1` is exactly 0.1). Throws {@link DecimalFormatError} on anything else.
   */
  static from(value: DecimalInput): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number') {
      // Integer literals (`x.lte(0)`, `a.times(2)`) are the common case in the rules: skip the text round trip.
      if (Number.isSafeInteger(value)) return new Decimal(BigInt(value), 0);
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
    let units = BigInt((intPart || '0') + fracPart);
    let scale = fracPart.length;
    if (exponent !== undefined) {
      const exp = Number(exponent);
      if (Math.abs(exp) > 1000) return undefined;
      if (exp >= scale) {
        units *= 10n ** BigInt(exp - scale);
        scale = 0;
      } else {
        scale -= exp;
      }
    }
    return new Decimal(sign === '-' ? -units : units, scale);
  }

  private static parse(text: string): Decimal {
    const parsed = Decimal.tryParse(text);
    if (parsed === undefined) throw new DecimalFormatError(text);
    return parsed;
  }

  plus(other: DecimalInput): Decimal {
    const b = Decimal.from(other);
    const scale = Math.max(this.scale, b.scale);
    return new Decimal(this.unitsAt(scale) + b.unitsAt(scale), scale);
  }

  minus(other: DecimalInput): Decimal {
    const b = Decimal.from(other);
    const scale = Math.max(this.scale, b.scale);
    return new Decimal(this.unitsAt(scale) - b.unitsAt(scale), scale);
  }

  times(other: DecimalInput): Decimal {
    const b = Decimal.from(other);
    return new Decimal(this.units * b.units, this.scale + b.scale);
  }

  /** The exact quotient as a {@link Ratio}; dividing by zero throws. */
  dividedBy(other: DecimalInput): Ratio {
    return Ratio.of(this, Decimal.from(other));
  }

  negate(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.negate() : this;
  }

  compare(other: DecimalInput): -1 | 0 | 1 {
    const b = Decimal.from(other);
    const scale = Math.max(this.scale, b.scale);
    const x = this.unitsAt(scale);
    const y = b.unitsAt(scale);
    return x < y ? -1 : x > y ? 1 : 0;
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
    return this.units === 0n;
  }
  isNegative(): boolean {
    return this.units < 0n;
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
    return Ratio.of(this, Decimal.ONE).round(scale);
  }

  /** Fixed notation with exactly `digits` decimals, rounding half away from zero. */
  toFixed(digits: number): string {
    return this.round(digits).withScale(digits).toString();
  }

  /** Plain notation without trailing zeros: `"91.02"`, `"100"`, `"-0.5"`. */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const intPart = digits.slice(0, digits.length - this.scale);
    const fracPart = digits.slice(digits.length - this.scale);
    const text = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
    return (negative ? '-' : '') + text;
  }

  /** The same value without trailing fractional zeros. */
  normalize(): Decimal {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(units, scale);
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
    return scale <= this.scale ? this : new Decimal(this.unitsAt(scale), scale);
  }

  /** The units of this value at a scale ≥ its own. */
  private unitsAt(scale: number): bigint {
    return scale === this.scale ? this.units : this.units * powerOfTen(scale - this.scale);
  }
}

/**
 * An exact quotient of two decimals, kept unrounded so that a rate (预算执行率 = 91.02 ÷ 100)
 * can be multiplied into a score before the single rounding step.
 */
export class Ratio {
  static readonly ZERO = new Ratio(0n, 1n);
  static readonly ONE = new Ratio(1n, 1n);

  private constructor(
    readonly numerator: bigint,
    /** Always positive. */
    readonly denominator: bigint,
  ) {}

  static of(dividend: Decimal, divisor: Decimal): Ratio {
    if (divisor.isZero()) throw new RangeError('division by zero');
    // a/10^s ÷ b/10^t = a·10^t ÷ b·10^s
    let n = dividend.units * powerOfTen(divisor.scale);
    let d = divisor.units * powerOfTen(dividend.scale);
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    return new Ratio(n, d);
  }

  static fromDecimal(value: Decimal): Ratio {
    return Ratio.of(value, Decimal.ONE);
  }

  times(other: Decimal | Ratio): Ratio {
    if (other instanceof Decimal) {
      return new Ratio(this.numerator * other.units, this.denominator * powerOfTen(other.scale));
    }
    return new Ratio(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** The exact quotient; dividing by zero throws. */
  dividedBy(other: Ratio): Ratio {
    if (other.numerator === 0n) throw new RangeError('division by zero');
    const negative = other.numerator < 0n;
    return new Ratio(this.numerator * (negative ? -other.denominator : other.denominator), this.denominator * (negative ? -other.numerator : other.numerator));
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  minus(other: Ratio): Ratio {
    return new Ratio(
      this.numerator * other.denominator - other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  compare(other: Ratio | Decimal): -1 | 0 | 1 {
    const b = other instanceof Decimal ? Ratio.fromDecimal(other) : other;
    const x = this.numerator * b.denominator;
    const y = b.numerator * this.denominator;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** Rounds half away from zero to `scale` decimals. */
  round(scale: number): Decimal {
    const scaled = this.numerator * powerOfTen(scale);
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    const rounded = (2n * magnitude + this.denominator) / (2n * this.denominator);
    return Decimal.of(negative ? -rounded : rounded, scale);
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

const powerCache: bigint[] = [];
function powerOfTen(exponent: number): bigint {
  let cached = powerCache[exponent];
  if (cached === undefined) {
    cached = 10n ** BigInt(exponent);
    powerCache[exponent] = cached;
  }
  return cached;
}
