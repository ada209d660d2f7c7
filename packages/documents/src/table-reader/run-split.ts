import type { ColumnRole } from './roles.js';

/**
 * Cells a page ran together (“年度资金总额:202010100.00%10” is 20 | 20 | 10 | 100.00% | 10) split by
 * what the layout allows, never by guess: every way of cutting the digits into numbers and of
 * placing them under the header's columns is tried, and only the readings that satisfy the
 * columns' constraints survive — a rate equals executed ÷ budget within its printed rounding, a
 * score is at most its weight, a weight at most the points above it, percentages end at “%”.
 * The caller reads a row only when exactly one reading survives.
 */

/** A value as the page prints it; `joined` values may hold several cells run together. */
export interface ValueAtom {
  readonly text: string;
  readonly joined: boolean;
}

export type Reading = ReadonlyMap<ColumnRole, string>;

export interface RowConstraints {
  /** The points a weight cannot exceed (the 一级指标's, else the sheet's 100). */
  readonly maxWeight: number;
  /** A funds row: a printed rate needs both amounts it is the ratio of, a score the weight it is out of. */
  readonly fundRow?: boolean;
  readonly scoreNeedsWeight?: boolean;
}

const COMPARATOR = '(?:≥|≤|>=|<=|>|<|=|≧|≦|不少于|不低于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|达到)';
const UNIT =
  '(?:%|‰|万美元|万元|亿元|元|万人次|人次|万人|人|户|次|个|种|例|场|份|天|日|月|年|小时|米|厘米|公里|千米|平方米|立方米|亩|吨|台|套|件|所|家|项|期|批|册|本|篇|条|座|处|辆|间|名|万|亿)';
const SUFFIX = '(?:以上|以下|以内|及以上|及以下)';

/** One printed value: an optional comparator, a number, an optional unit and qualifier. */
export const VALUE_PATTERN = new RegExp(`^${COMPARATOR}?\\d+(?:\\.\\d+)?${UNIT}?${SUFFIX}?$`, 'u');
/** The values inside a run of text, found left to right (the same grammar, unanchored). */
export const VALUE_IN_RUN = new RegExp(`${COMPARATOR}?\\d(?:[\\d.]*\\d)?${UNIT}?${SUFFIX}?`, 'gu');
/** A 指标性质 cell: a comparator on its own. */
export const COMPARATOR_ALONE = new RegExp(`^${COMPARATOR}$`, 'u');
/** A unit on its own, which flattened text separates from its number (“不少于12 种”). */
export const UNIT_ALONE = new RegExp(`^${UNIT}${SUFFIX}?$`, 'u');

const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const PARTS = /^(≥|≤|>=|<=|>|<|=|≧|≦|不少于|不低于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|达到)?(\d(?:[\d.]*\d)?)(.*)$/u;
/** Digits beyond this are not cut (the number of cuts grows too fast to be evidence of anything). */
const MAX_DIGITS = 24;
/** More readings than this is ambiguity; the caller lists the row either way. */
const MAX_READINGS = 64;

/** The ways a joined atom can be cut into 1..max cells: the comparator opens the first, the unit closes the last. */
export function cuts(atom: ValueAtom, max: number): string[][] {
  if (!atom.joined) return [[atom.text]];
  const match = PARTS.exec(atom.text);
  const digits = match?.[2];
  if (!match || digits === undefined || digits.length > MAX_DIGITS) return [[atom.text]];
  const comparator = match[1] ?? '';
  const unit = match[3] ?? '';
  const results: string[][] = [];
  const walk = (start: number, parts: string[]) => {
    if (results.length >= MAX_READINGS) return;
    if (start === digits.length) {
      if (parts.length > 0) results.push(parts.map((p, k) => `${k === 0 ? comparator : ''}${p}${k === parts.length - 1 ? unit : ''}`));
      return;
    }
    if (parts.length === max) return;
    for (let end = start + 1; end <= digits.length; end += 1) {
      const part = digits.slice(start, end);
      // A cut never leaves a decimal point at a part's edge (“100.” | “00”).
      if (!NUMBER.test(part) || digits[end] === '.') continue;
      walk(end, [...parts, part]);
    }
  };
  walk(0, []);
  return results.length > 0 ? results : [[atom.text]];
}

const plain = (text: string) => /^\d+(?:\.\d+)?分?$/.test(text) && NUMBER.test(text.replace(/分$/, ''));
const percent = (text: string) => /^\d+(?:\.\d+)?%$/.test(text) && NUMBER.test(text.slice(0, -1));
const money = (text: string) => /^\d+(?:\.\d+)?(?:万元|元|亿元|万|亿)?$/.test(text) && NUMBER.test(text.replace(/[^\d.]+$/u, ''));
const dash = (text: string) => /^[-—–―一~～/\\]+$/u.test(text);

/** Whether a value can stand under a column of this role. */
function fits(role: ColumnRole, text: string): boolean {
  if (dash(text)) return true;
  switch (role) {
    case 'weight':
    case 'score':
    case 'recomputedScore':
    case 'reviewScore':
      return plain(text);
    case 'rate':
      return percent(text);
    case 'budget':
    case 'adjustedBudget':
    case 'spent':
      return money(text);
    case 'target':
    case 'actual':
      return VALUE_PATTERN.test(text);
    case 'nature':
      return COMPARATOR_ALONE.test(text);
    case 'measureUnit':
      return UNIT_ALONE.test(text);
    default:
      // 原因, 三级指标, 指标性质… hold words, not the figures of a run.
      return false;
  }
}

const numberOf = (text: string | undefined) => (text === undefined || dash(text) ? undefined : Number(text.replace(/[^\d.]+/gu, '')));

/** The decimals a printed rate keeps: its rounding decides how close B ÷ A must be. */
function rateAgrees(rate: string, budget: number, spent: number): boolean {
  if (budget === 0) return spent === 0;
  const printed = Number(rate.replace('%', ''));
  const decimals = rate.includes('.') ? (rate.split('.')[1]?.replace('%', '').length ?? 0) : 0;
  const step = 10 ** -decimals;
  const exact = (100 * spent) / budget;
  // Rounded or truncated to its decimals.
  return Math.abs(exact - printed) <= step / 2 + 1e-9 || (exact >= printed - 1e-9 && exact < printed + step);
}

function satisfies(reading: Reading, constraints: RowConstraints): boolean {
  const weight = numberOf(reading.get('weight'));
  const score = numberOf(reading.get('score'));
  if (weight !== undefined && weight > constraints.maxWeight) return false;
  if (score !== undefined && score > (weight ?? constraints.maxWeight)) return false;
  const rate = reading.get('rate');
  const budget = numberOf(reading.get('adjustedBudget') ?? reading.get('budget'));
  const spent = numberOf(reading.get('spent'));
  if (rate !== undefined && !dash(rate) && budget !== undefined && spent !== undefined && !rateAgrees(rate, budget, spent)) return false;
  if (constraints.fundRow && rate !== undefined && !dash(rate) && (budget === undefined || spent === undefined)) return false;
  if (constraints.scoreNeedsWeight && score !== undefined && weight === undefined) return false;
  return true;
}

/**
 * Every reading of a row's values under its columns, in order: each atom cut every possible way,
 * each cell placed under a later column than the one before (columns a page left empty are
 * skipped), and only readings that satisfy the constraints kept (each reading once).
 */
export function rowReadings(atoms: readonly ValueAtom[], roles: readonly ColumnRole[], constraints: RowConstraints): Reading[] {
  const found = new Map<string, Reading>();
  const cellLists: string[][] = [];
  const expand = (i: number, cells: string[]) => {
    if (cellLists.length >= MAX_READINGS * 4) return;
    if (cells.length > roles.length) return;
    if (i === atoms.length) {
      cellLists.push(cells);
      return;
    }
    for (const cut of cuts(atoms[i] as ValueAtom, roles.length - cells.length)) expand(i + 1, [...cells, ...cut]);
  };
  expand(0, []);
  for (const cells of cellLists) {
    const place = (c: number, from: number, reading: Map<ColumnRole, string>) => {
      if (found.size >= MAX_READINGS) return;
      if (c === cells.length) {
        if (satisfies(reading, constraints)) found.set(JSON.stringify([...reading]), new Map(reading));
        return;
      }
      for (let r = from; r <= roles.length - (cells.length - c); r += 1) {
        const role = roles[r] as ColumnRole;
        if (!fits(role, cells[c] as string)) continue;
        reading.set(role, cells[c] as string);
        place(c + 1, r + 1, reading);
        reading.delete(role);
      }
    };
    place(0, 0, new Map());
  }
  return [...found.values()];
}

/** A reading as the page would print it, for messages: “分值 10 | 年度指标值 20万元”. */
export function describeReading(reading: Reading, names: Readonly<Partial<Record<ColumnRole, string>>>): string {
  return [...reading].map(([role, text]) => `${names[role] ?? role} ${text}`).join(' | ');
}
