/**
 * The little exact arithmetic the dashboard does itself (summing the months of many projects for the
 * overview's curve): amounts as bigint fen, rates rounded once, half away from zero, to 2 decimals
 * of a percent (docs/rounding.md). Never a float.
 */

const AMOUNT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "910200.5" 元 → 91020050n fen. Amounts carry at most 2 decimals (numeric(18,2) in the API). */
export function toFen(yuan: string): bigint {
  const match = AMOUNT.exec(yuan.trim());
  if (!match) throw new RangeError(`not an amount in 元: "${yuan}"`);
  const fen = BigInt(match[2] ?? '0') * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}

/** part ÷ whole in percent with 2 decimals ("91.02"); null when the whole is zero. */
export function percentOf(part: bigint, whole: bigint): string | null {
  if (whole === 0n) return null;
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  // Hundredths of a percent: part × 10000 ÷ whole, rounded half away from zero.
  const scaled = (p * 10000n * 2n + w) / (2n * w);
  const digits = scaled.toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export interface ProjectMonths {
  readonly receivedYuan: string;
  readonly months: readonly { readonly month: number; readonly cumulativeSpentYuan: string }[];
}

export interface MonthlyRate {
  /** 1–12 */
  readonly month: number;
  /** Σ cumulative spent ÷ Σ received at the month's end, percent; null when nothing was received. */
  readonly executionPercent: string | null;
  /** 序时进度 at the month's end (m ÷ 12, month-based as the API's series), percent. */
  readonly timeProgressPercent: string;
}

/** The execution rate of a set of projects at each month's end. */
export function monthlyExecution(projects: readonly ProjectMonths[]): MonthlyRate[] {
  let received = 0n;
  const spent = Array.from({ length: 12 }, () => 0n);
  for (const project of projects) {
    received += toFen(project.receivedYuan);
    for (const point of project.months) {
      if (point.month >= 1 && point.month <= 12) spent[point.month - 1] = (spent[point.month - 1] ?? 0n) + toFen(point.cumulativeSpentYuan);
    }
  }
  return spent.map((cumulative, index) => ({
    month: index + 1,
    executionPercent: percentOf(cumulative, received),
    timeProgressPercent: percentOf(BigInt(index + 1), 12n) ?? '0.00',
  }));
}
