/**
 * Exact integers for {@link Decimal} and {@link Ratio}: a plain number while the value is a safe
 * integer (|x| ≤ 2^53 − 1, where every operation below is exact), a bigint beyond. Scores, weights
 * and budgets of real projects stay in the fast range; nothing is ever approximated — every
 * operation checks its result and redoes the work in bigint when it would leave the safe range.
 */
export type Int = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export function toBigInt(x: Int): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** A bigint in the safe range becomes a number again, so later work takes the fast path. */
export function fromBigInt(x: bigint): Int {
  return x >= MIN_SAFE && x <= MAX_SAFE ? Number(x) : x;
}

export function add(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    if (Number.isSafeInteger(r)) return r;
  }
  return fromBigInt(toBigInt(x) + toBigInt(y));
}

export function subtract(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    if (Number.isSafeInteger(r)) return r;
  }
  return fromBigInt(toBigInt(x) - toBigInt(y));
}

export function multiply(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    // When the exact product is a safe integer the IEEE product equals it; otherwise the
    // result is not a safe integer and the bigint path runs.
    const r = x * y;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return fromBigInt(toBigInt(x) * toBigInt(y));
}

export function negate(x: Int): Int {
  return typeof x === 'number' ? (x === 0 ? 0 : -x) : fromBigInt(-x);
}

export function sign(x: Int): -1 | 0 | 1 {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

export function compare(x: Int, y: Int): -1 | 0 | 1 {
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  const a = toBigInt(x);
  const b = toBigInt(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

const NUMBER_POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);
const bigPowers: bigint[] = [];

/** 10^exponent, exact. */
export function powerOfTen(exponent: number): Int {
  const small = NUMBER_POWERS[exponent];
  if (small !== undefined) return small;
  let cached = bigPowers[exponent];
  if (cached === undefined) {
    cached = 10n ** BigInt(exponent);
    bigPowers[exponent] = cached;
  }
  return cached;
}

/**
 * x × 10^exponent for a number x, when the product is a safe integer (and so exact); NaN otherwise,
 * for callers that then take the general path. Decimals line up their scales with this on the
 * common path (a weight of 5 against a score of 4.55).
 */
export function shiftNumber(x: number, exponent: number): number {
  const power = NUMBER_POWERS[exponent];
  if (power === undefined) return Number.NaN;
  const r = x * power;
  return Number.isSafeInteger(r) ? r : Number.NaN;
}

/** x × 10^exponent. */
export function shift(x: Int, exponent: number): Int {
  return exponent === 0 ? x : multiply(x, powerOfTen(exponent));
}

/** n ÷ d rounded half away from zero to an integer; d > 0. */
export function divideRounded(n: Int, d: Int): Int {
  if (typeof n === 'number' && typeof d === 'number') {
    const magnitude = n < 0 ? -n : n;
    const x = 2 * magnitude + d;
    const twoD = 2 * d;
    if (Number.isSafeInteger(x) && Number.isSafeInteger(x + twoD)) {
      // The float quotient can be off by one next to an integer; correct it with exact remainders.
      let q = Math.floor(x / twoD);
      let r = x - q * twoD;
      while (r < 0) {
        q -= 1;
        r += twoD;
      }
      while (r >= twoD) {
        q += 1;
        r -= twoD;
      }
      return n < 0 && q !== 0 ? -q : q;
    }
  }
  const bn = toBigInt(n);
  const bd = toBigInt(d);
  const magnitude = bn < 0n ? -bn : bn;
  const q = (2n * magnitude + bd) / (2n * bd);
  return fromBigInt(bn < 0n ? -q : q);
}

/** Decimal digits of |x|. */
export function digitsOf(x: Int): string {
  return (x < 0 ? negate(x) : x).toString();
}
