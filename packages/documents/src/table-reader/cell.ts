/**
 * One cell of a table as the reader sees it, whatever it came from: an Excel cell, a Word table
 * cell, or a piece of a flattened line. `text` is what a person sees (an Excel percent cell holding
 * 0.95 reads “95%”); `where` says where it was, for every message about it.
 */
export interface SourceCell {
  readonly text: string;
  readonly where: string;
  /** Why the cell's value cannot be known (a formula without a cached result, an error value). */
  readonly unreadable?: string;
  /** The cell is the lower part of a cell merged over several rows: its content belongs to the row above. */
  readonly mergedAbove?: boolean;
  /** The column of a real grid (Excel, Word); flattened text has none. */
  readonly column?: number;
}

/** A row of cells in order. `reliable` rows are real table rows; flattened text often has one cell per line. */
export interface SourceRow {
  readonly cells: readonly SourceCell[];
  readonly reliable: boolean;
}

/**
 * A cell's text brought to one spelling: NFKC (full-width digits, letters, ％，．：（） become
 * half-width), no line breaks or spaces inside Chinese labels, one comma form.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a header or label is compared by: normalised, without any spaces. */
export function labelKey(text: string): string {
  return normalise(text).replace(/\s+/g, '');
}

/** Empty, or a dash or slash that forms put in a cell that does not apply. */
export function isBlank(text: string): boolean {
  return labelKey(text) === '';
}

export function isDash(text: string): boolean {
  return /^(?:[-—–―一~～/\\]+|无数据)$/u.test(labelKey(text));
}

/** Template rows (“……”, “指标2:”) that forms leave in place: not indicators. */
export function isPlaceholder(text: string): boolean {
  const key = labelKey(text);
  return /^(?:[…….。·]+|指标\d*[:：]?[/\\]?|\.{2,})$/u.test(key);
}

export interface ReadNumber {
  /** Decimal digits, e.g. "89.974". */
  readonly digits: string;
  /** Written as an approximation (“约91%”): read, with a warning. */
  readonly approximate: boolean;
}

/** A plain number with an optional 分 (“10”, “10.00分”, “１０”, “约9”). */
export function readPlainNumber(text: string): ReadNumber | undefined {
  const key = labelKey(text).replace(/,/g, '');
  const match = /^(约|大约|约为)?(-?\d+(?:\.\d+)?)分?$/u.exec(key);
  return match?.[2] ? { digits: match[2], approximate: match[1] !== undefined } : undefined;
}

/** A percentage (“97.80%”, “约91%”): the number before %. */
export function readPercent(text: string): ReadNumber | undefined {
  const key = labelKey(text);
  const match = /^(约|大约|约为)?(-?\d+(?:\.\d+)?)%$/u.exec(key);
  return match?.[2] ? { digits: match[2], approximate: match[1] !== undefined } : undefined;
}

export type MoneyUnit = 'yuan' | 'wanYuan';

/** An amount with the unit written in the cell, if any (“150万”, “4753.66万元”, “900000元”). */
export function readMoney(text: string): (ReadNumber & { readonly unit?: MoneyUnit | 'yiYuan' }) | undefined {
  const key = labelKey(text).replace(/,/g, '');
  const match = /^(约|大约|约为)?(-?\d+(?:\.\d+)?)(万元|万|元|亿元|亿)?$/u.exec(key);
  if (!match?.[2]) return undefined;
  const written = match[3];
  const unit = written === undefined ? undefined : written.startsWith('亿') ? 'yiYuan' : written.startsWith('万') ? 'wanYuan' : 'yuan';
  return { digits: match[2], approximate: match[1] !== undefined, ...(unit ? { unit } : {}) };
}

/** The money unit a header states: “项目资金（元）” → yuan, “资金情况(万元)” → wanYuan. */
export function headerMoneyUnit(text: string): MoneyUnit | undefined {
  const key = labelKey(text);
  if (/[(（]\s*万元\s*[)）]|万元$/.test(key)) return 'wanYuan';
  if (/[(（]\s*元\s*[)）]|（元）|^单位[:：]?元$/.test(key)) return 'yuan';
  return undefined;
}
