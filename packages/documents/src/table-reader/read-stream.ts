import type { Unplaced } from '../document-read-error.js';
import { headerMoneyUnit, isDash, isPlaceholder, labelKey, type SourceCell } from './cell.js';
import { readLevel1, readLevel2, type Level1Label, type Level2Label } from './levels.js';
import type { FundRowReading, IndicatorRowReading, TableReading } from './read-table.js';
import { columnRole, fundRowKind, goalHeader, infoField, isBlockLabel, isTotalLabel, type ColumnRole, type FundRowKind, type InfoField } from './roles.js';
import { COMPARATOR_ALONE, describeReading, rowReadings, VALUE_PATTERN, type Reading, type ValueAtom } from './run-split.js';
import { streamTokens, type StreamToken } from './stream-tokens.js';

/**
 * A 自评表 whose cells were lost — run together without separators, or in a scrambled reading
 * order (an .xlsx or .doc extracted cell by cell) — read from its stream of words and values by
 * evidence only. A row is read when its name is directly followed by its values and exactly one
 * reading of those values fits the header's columns (run-together digits are split by the
 * columns' constraints, `run-split.ts`); values that stand apart from any name, names without
 * values, several names before one group of values, or values that fit several ways are listed
 * in `unplaced` with their text and why — never paired by their order alone.
 */
export function readStream(text: string): TableReading {
  return new StreamInterpreter(streamTokens(text).map(classify)).read();
}

type Kind =
  | { readonly kind: 'column'; readonly role: ColumnRole }
  | { readonly kind: 'fund'; readonly row: FundRowKind }
  | { readonly kind: 'level1'; readonly label: Level1Label }
  | { readonly kind: 'level2'; readonly label: Level2Label }
  | { readonly kind: 'total' | 'note' | 'goal' | 'block' | 'value' | 'text' | 'placeholder' }
  | { readonly kind: 'info'; readonly field: InfoField };

interface Classified {
  readonly cell: SourceCell;
  readonly joined: boolean;
  /** Tokens a flattened line broke one label into (“年初预算” + “数”): this one and the next `span - 1`. */
  readonly span: number;
  readonly kind: Kind;
}

const MAX_JOIN = 4;

function kindOf(text: string): Kind | undefined {
  if (isTotalLabel(text)) return { kind: 'total' };
  if (/^(?:注|备注|说明)[:：]/.test(labelKey(text))) return { kind: 'note' };
  const row = fundRowKind(text);
  if (row) return { kind: 'fund', row };
  const role = columnRole(text);
  // “项目资金（万元）” names the funds block; “预算资金执行率” is an indicator.
  if (role === 'fundLabel') return /^(?:资金来源|资金情况|项目资金|预算资金|年度预算数)(?:\((?:万元|元)\))?$/.test(labelKey(text).replace(/（/g, '(').replace(/）/g, ')')) ? { kind: 'block' } : undefined;
  if (role) return { kind: 'column', role };
  const level1 = readLevel1(text);
  if (level1?.dimension) return { kind: 'level1', label: level1 };
  const level2 = readLevel2(text);
  if (level2) return { kind: 'level2', label: level2 };
  const field = infoField(text);
  if (field) return { kind: 'info', field };
  if (goalHeader(text)) return { kind: 'goal' };
  if (isBlockLabel(text)) return { kind: 'block' };
  return undefined;
}

/** What a line break leaves of a label that already reads: a bracket (“(A)”, “(50分”) or a character or two (“指标”, “施”). */
const completes = (text: string) => /^[(（)）]/.test(text) || (labelKey(text).length <= 2 && kindOf(text) === undefined);

/** Each token's kind; a label a line broke in pieces is known from its pieces joined (the longest that reads). */
function classify(token: StreamToken, index: number, tokens: readonly StreamToken[]): Classified {
  const cell: SourceCell = { text: token.text, where: token.where };
  // A comparator alone is a 指标性质 cell, a value of its row (never part of a name).
  if (isDash(token.text) || VALUE_PATTERN.test(labelKey(token.text)) || COMPARATOR_ALONE.test(labelKey(token.text))) return { cell, joined: token.joined, span: 1, kind: { kind: 'value' } };
  let text = '';
  let best: { kind: Kind; span: number; text: string } | undefined;
  for (let span = 1; span <= MAX_JOIN && index + span - 1 < tokens.length; span += 1) {
    const next = tokens[index + span - 1] as StreamToken;
    // Run-together parts are already cut at the form's words; after a piece that reads, only a remnant (“数”, “(A)”) continues it (“得分” before “未完成原因…” does not).
    if (next.joined || (span > 1 && (next.runTogether || isDash(next.text) || VALUE_PATTERN.test(labelKey(next.text)) || (kindOf(text) !== undefined && !completes(next.text))))) break;
    text += next.text;
    const kind = kindOf(text);
    if (kind) best = { kind, span, text };
  }
  if (best) return { cell: { ...cell, text: best.text }, joined: false, span: best.span, kind: best.kind };
  if (isPlaceholder(token.text)) return { cell, joined: false, span: 1, kind: { kind: 'placeholder' } };
  return { cell, joined: false, span: 1, kind: { kind: 'text' } };
}

const ROLE_NAMES: Readonly<Partial<Record<ColumnRole, string>>> = {
  budget: '年初预算数',
  adjustedBudget: '全年预算数',
  spent: '全年执行数',
  rate: '执行率',
  weight: '分值',
  score: '得分',
  target: '指标值',
  actual: '完成值',
};

const INDICATOR_START: ReadonlySet<ColumnRole> = new Set(['name', 'target', 'actual']);
const FUND_COLUMNS: ReadonlySet<ColumnRole> = new Set(['budget', 'adjustedBudget', 'spent', 'rate', 'weight', 'score']);
const INDICATOR_COLUMNS: ReadonlySet<ColumnRole> = new Set(['target', 'actual', 'weight', 'score', 'nature', 'measureUnit', 'reason']);

interface PendingRow {
  readonly level1?: Level1Label & { readonly cell: SourceCell };
  readonly level2?: Level2Label & { readonly cell: SourceCell };
  readonly names: readonly Classified[];
  readonly values: readonly Classified[];
  readings: Reading[];
}

class StreamInterpreter {
  private readonly info = new Map<InfoField, SourceCell>();
  private readonly title: SourceCell[] = [];
  private readonly fundsHeader: SourceCell[] = [];
  private readonly fundRows: FundRowReading[] = [];
  private readonly indicators: IndicatorRowReading[] = [];
  private readonly level1Weights = new Map<string, { weight: string; cell: SourceCell }>();
  private readonly unplaced: Unplaced[] = [];
  private readonly notes: Unplaced[] = [];
  private totalByColumn: { weight?: SourceCell; score?: SourceCell } | undefined;
  private total: { label: SourceCell; values: SourceCell[] } | undefined;
  private level1: (Level1Label & { cell: SourceCell }) | undefined;
  private level2: (Level2Label & { cell: SourceCell }) | undefined;

  constructor(private readonly tokens: readonly Classified[]) {}

  read(): TableReading {
    const start = this.tokens.findIndex((t) => t.kind.kind === 'column' && INDICATOR_START.has(t.kind.role));
    const split = start < 0 ? this.tokens.length : start;
    const fundColumns = this.columns(0, split, FUND_COLUMNS);
    const indicatorColumns = start < 0 ? [] : this.columns(start, this.tokens.length, INDICATOR_COLUMNS);
    this.readFunds(split, fundColumns);
    if (start >= 0) this.readIndicators(start, indicatorColumns, this.unknownColumn(start));
    return {
      info: this.info,
      title: this.title,
      goals: {},
      fundsHeader: this.fundsHeader,
      fundRows: this.fundRows,
      indicatorColumns: indicatorColumns.length > 0 ? ['name', ...indicatorColumns] : [],
      indicators: this.indicators,
      level1Weights: this.level1Weights,
      ...(this.total ? { total: this.total } : {}),
      ...(this.totalByColumn ? { totalByColumn: this.totalByColumn } : {}),
      allCells: this.tokens.map((t) => t.cell),
      unplaced: this.unplaced,
      notes: this.notes,
    };
  }

  /** The header's columns in the order its words appear (a scrambled page keeps each header's own order). */
  private columns(from: number, to: number, wanted: ReadonlySet<ColumnRole>): ColumnRole[] {
    const roles: ColumnRole[] = [];
    for (let i = from; i < to; i += 1) {
      const { kind } = this.tokens[i] as Classified;
      if (kind.kind === 'note' && from > 0) break;
      if (kind.kind === 'column' && wanted.has(kind.role) && !roles.includes(kind.role)) roles.push(kind.role);
    }
    return roles;
  }

  /** A word between two header words that names no known column (OCR's “考值参分”): the columns cannot be known. */
  private unknownColumn(start: number): string | undefined {
    const walk: Classified[] = [];
    // The header ends where the rows' values begin.
    for (let i = start; i < this.tokens.length && this.tokens[i]?.kind.kind !== 'value'; i += (this.tokens[i] as Classified).span) walk.push(this.tokens[i] as Classified);
    // A header word is short; a name that scrambling put among the header words is not a column.
    const unknown = (t: Classified) => t.kind.kind === 'text' && labelKey(t.cell.text).length <= 6 && !/[:：]/.test(t.cell.text);
    return walk.find((t, k) => k > 0 && unknown(t) && walk[k - 1]?.kind.kind === 'column' && walk[k + 1]?.kind.kind === 'column')?.cell.text;
  }

  private list(tokens: readonly Classified[], reason: string): void {
    if (tokens.length === 0) return;
    this.unplaced.push({ text: tokens.map((t) => t.cell.text).join(' '), reason, where: tokens[0]?.cell.where ?? '' });
  }

  private readFunds(end: number, columns: readonly ColumnRole[]): void {
    const labels: Classified[] = [];
    const rows: { label: Classified; readings: Reading[]; values: Classified[] }[] = [];
    let afterHeader = false;
    let afterGoal = false;
    for (let i = 0; i < end; ) {
      const token = this.tokens[i] as Classified;
      const next = i + token.span;
      const { kind } = token;
      if (headerMoneyUnit(token.cell.text)) this.fundsHeader.push(token.cell);
      if (kind.kind === 'info') {
        const value = this.tokens[next];
        if (value && value.kind.kind === 'text') {
          if (kind.field !== 'other' && !this.info.has(kind.field)) this.info.set(kind.field, value.cell);
          i = next + value.span;
          continue;
        }
      } else if (kind.kind === 'column' && FUND_COLUMNS.has(kind.role)) {
        this.fundsHeader.push(token.cell);
        afterHeader = true;
      } else if (kind.kind === 'fund') {
        labels.push(token);
        afterHeader = false;
      } else if (kind.kind === 'value') {
        const values = this.valueRun(i, end);
        const last = this.tokens[i - 1];
        // A label directly before its values, or the one label of the block when the values follow the header.
        const unpaired = labels.filter((l) => !rows.some((r) => r.label === l));
        const label = last?.kind.kind === 'fund' ? last : afterHeader && labels.length === 1 && unpaired.length === 1 ? unpaired[0] : undefined;
        if (label && columns.length > 0) rows.push({ label, values, readings: rowReadings(values.map(atom), columns, { maxWeight: 100, fundRow: true, scoreNeedsWeight: columns.includes('weight') }) });
        else if (columns.length === 0 || this.fundsHeader.length === 0) this.list(values, '不属于自评表的任何一栏');
        else this.list(values, labels.length > 1 ? `资金数值与行名（${labels.map((l) => l.cell.text).join('、')}）分开，读取顺序已错乱，无法按证据配对到行` : '资金数值前没有行名，未读入');
        i += values.length;
        afterHeader = false;
        continue;
      } else if (kind.kind === 'text' && /自评表|评价表/.test(token.cell.text) && this.title.length < 3) {
        this.title.push(token.cell);
      } else if (kind.kind === 'text' && /^\(?(?:19|20)\d{2}年度?\)?$/.test(labelKey(token.cell.text))) {
        this.title.push(token.cell);
      } else if (kind.kind === 'goal') {
        afterGoal = true;
      } else if ((kind.kind === 'text' || kind.kind === 'placeholder') && afterGoal) {
        // Planned and achieved goals run together (or out of order) cannot be told apart.
        this.list([token], '年度总体目标一栏的文字：与相邻的目标文字连在一起或顺序错乱，分不出预期目标与实际完成情况，未读入');
      } else if (kind.kind === 'text' || kind.kind === 'placeholder') {
        this.list([token], '不属于自评表的任何一栏');
      }
      i = next;
    }
    this.settleFunds(rows, columns);
  }

  /** 其中 rows are at most their total: readings of the total and its parts that cannot hold together are dropped. */
  private settleFunds(rows: { label: Classified; readings: Reading[]; values: Classified[] }[], columns: readonly ColumnRole[]): void {
    const total = rows.find((r) => r.label.kind.kind === 'fund' && r.label.kind.row === 'total');
    const amounts = (reading: Reading) => ['budget', 'adjustedBudget', 'spent'].map((role) => Number(reading.get(role as ColumnRole)?.replace(/[^\d.]/g, '') || 'NaN'));
    const within = (part: Reading, whole: Reading) => amounts(part).every((a, k) => Number.isNaN(a) || Number.isNaN(amounts(whole)[k] as number) || a <= (amounts(whole)[k] as number) + 1e-9);
    if (total) {
      for (const part of rows.filter((r) => r !== total)) {
        total.readings = total.readings.filter((w) => part.readings.some((p) => within(p, w)));
      }
      for (const part of rows.filter((r) => r !== total)) part.readings = part.readings.filter((p) => total.readings.some((w) => within(p, w)));
    }
    for (const row of rows) {
      const text = row.values.map((v) => v.cell.text).join(' ');
      // “上年结转资金 — —”: a row the form left empty.
      if (row.values.every((v) => isDash(v.cell.text))) continue;
      if (row.readings.length !== 1) {
        this.list([row.label, ...row.values], this.ambiguity(row.label.cell.text, row.readings, columns));
        continue;
      }
      const reading = row.readings[0] as Reading;
      const values = new Map([...reading].map(([role, value]) => [role, { text: value, where: row.values[0]?.cell.where ?? row.label.cell.where }] as const));
      if (row.values.some((v) => v.joined) && reading.size > row.values.length) this.notes.push({ text, reason: `“${row.label.cell.text}”一行的数字连在一起，按各列的约束只有一种拆法：${describeReading(reading, ROLE_NAMES)}`, where: row.label.cell.where });
      this.fundRows.push({ label: row.label.cell, kind: (row.label.kind as { row: FundRowKind }).row, values });
    }
  }

  private ambiguity(label: string, readings: readonly Reading[], columns: readonly ColumnRole[]): string {
    const header = columns.map((c) => ROLE_NAMES[c] ?? c).join(' / ');
    if (readings.length === 0) return `“${label}”一行的数值与表头（${header}）的各列对不上，未读入`;
    const shown = readings.slice(0, 3).map((r) => `“${describeReading(r, ROLE_NAMES)}”`).join('、');
    return `“${label}”一行的数值可以有 ${readings.length} 种读法（${shown}${readings.length > 3 ? '等' : ''}），无法确定，未读入`;
  }

  private valueRun(from: number, end: number): Classified[] {
    const values: Classified[] = [];
    for (let i = from; i < end && this.tokens[i]?.kind.kind === 'value'; i += 1) values.push(this.tokens[i] as Classified);
    return values;
  }

  private readIndicators(start: number, columns: readonly ColumnRole[], unknown: string | undefined): void {
    const rows: PendingRow[] = [];
    let names: Classified[] = [];
    let values: Classified[] = [];
    const flush = () => {
      if (names.length > 0 && values.length > 0) rows.push({ ...this.levels(), names, values, readings: [] });
      else if (names.length > 0) this.namesAlone(names);
      else if (values.length > 0) this.list(values, '这组数值前没有三级指标名称（读取顺序已错乱），无法按证据配对到指标，未读入');
      names = [];
      values = [];
    };
    let firstLabel: Classified | undefined;
    let i = start;
    for (; i < this.tokens.length; ) {
      const token = this.tokens[i] as Classified;
      const { kind } = token;
      const next = i + token.span;
      if (kind.kind === 'note') break;
      if (kind.kind === 'value') {
        values.push(token);
        i = next;
        continue;
      }
      if (kind.kind === 'text' || kind.kind === 'placeholder') {
        if (values.length > 0) flush();
        names.push(token);
        i = next;
        continue;
      }
      flush();
      if (kind.kind === 'total') {
        // 总分 closes the indicators: what a scrambled page prints after it is not placed by order.
        i = this.totalRow(token, next);
        break;
      }
      if (kind.kind === 'level1' || kind.kind === 'level2') firstLabel ??= token;
      if (kind.kind === 'level1') this.setLevel1(token.cell, kind.label);
      if (kind.kind === 'level2') this.setLevel2(token.cell, kind.label);
      i = next;
    }
    flush();
    this.inferQuantityGroup(rows, firstLabel);
    for (const rest of this.tokens.slice(i)) this.unplaced.push({ text: rest.cell.text, reason: '总分行或说明之后的文字，不属于自评表的任何一栏', where: rest.cell.where });
    const before = this.unplaced.length;
    this.settleIndicators(rows, columns, unknown);
    this.withholdTotal(this.unplaced.length > before || rows.length === 0);
  }

  /**
   * With indicator rows left unread, a 总分 compared with the rows that were read would report a
   * difference the table does not have: the total is listed instead of read.
   */
  private withholdTotal(rowsUnread: boolean): void {
    if (!rowsUnread || !this.totalByColumn || !this.total) return;
    const { weight, score } = this.totalByColumn;
    this.unplaced.push({ text: [this.total.label.text, weight?.text, score?.text].filter((t) => t !== undefined).join(' '), reason: '表中有指标行未能读入：总分与读入的指标比较会得出表中没有的差额，未读入', where: this.total.label.where });
    this.totalByColumn = undefined;
    this.total = undefined;
  }

  /**
   * Rows a page printed before any 一级/二级 label, when the first label printed is 质量指标 alone:
   * in the 自评表 the only group before 质量指标 is 产出指标/数量指标, so the form proves their level.
   * Any other first label proves nothing about the rows above it; they stay without a level (listed).
   */
  private inferQuantityGroup(rows: PendingRow[], firstLabel: Classified | undefined): void {
    if (firstLabel?.kind.kind !== 'level2' || firstLabel.kind.label.dimension !== 'output' || firstLabel.kind.label.group !== 'quality') return;
    const cell = firstLabel.cell;
    rows.forEach((row, k) => {
      if (row.level1 || row.level2) return;
      const name = row.names.map((n) => n.cell.text).join('');
      rows[k] = { ...row, level1: { dimension: 'output', cell }, level2: { dimension: 'output', group: 'quantity', name: '数量指标', cell } };
      this.notes.push({ text: name, reason: `“${name}”上方没有印出一级/二级指标；它在第一个印出的二级指标“${cell.text}”之前，自评表中质量指标之前只有产出指标/数量指标，按产出指标/数量指标读入（由表式推断，非表中所写）`, where: row.names[0]?.cell.where ?? cell.where });
    });
  }

  private levels(): Pick<PendingRow, 'level1' | 'level2'> {
    return { ...(this.level1 ? { level1: this.level1 } : {}), ...(this.level2 ? { level2: this.level2 } : {}) };
  }

  /** Words with no values after them (a name whose values are elsewhere, a text cell, a reason): listed; a template row (“……”) is understood. */
  private namesAlone(names: Classified[]): void {
    if (names.every((n) => n.kind.kind === 'placeholder')) return;
    this.list(names, '这段文字后面没有数值：它是数值不在其后的指标名称（读取顺序已错乱）或一栏文字，未读入');
  }

  private setLevel1(cell: SourceCell, label: Level1Label): void {
    this.level1 = { ...label, cell };
    this.level2 = undefined;
    if (label.dimension && label.weight) this.level1Weights.set(label.dimension, { weight: label.weight, cell });
  }

  private setLevel2(cell: SourceCell, label: Level2Label): void {
    const satisfactionInBenefit = label.group === 'satisfaction' && this.level1?.dimension === 'benefit';
    if (this.level1?.dimension !== label.dimension && !satisfactionInBenefit) this.level1 = { dimension: label.dimension, cell };
    this.level2 = { ...label, ...(satisfactionInBenefit ? { dimension: 'benefit' } : {}), cell };
  }

  private totalRow(label: Classified, from: number): number {
    const values = this.valueRun(from, this.tokens.length);
    const readings = rowReadings(values.map(atom), ['weight', 'score'], { maxWeight: 100 });
    this.total = { label: label.cell, values: [] };
    if (readings.length === 1) {
      const reading = readings[0] as Reading;
      const at = values[0]?.cell.where ?? label.cell.where;
      const cell = (role: ColumnRole) => (reading.has(role) ? { [role]: { text: reading.get(role) as string, where: at } } : {});
      this.totalByColumn = { ...cell('weight'), ...cell('score') };
      if (values.some((v) => v.joined) && reading.size > values.length) this.notes.push({ text: values.map((v) => v.cell.text).join(' '), reason: `总分行的数字连在一起，按分值、得分的约束只有一种拆法：${describeReading(reading, ROLE_NAMES)}`, where: label.cell.where });
    } else if (values.length > 0) this.list([label, ...values], this.ambiguity(label.cell.text, readings, ['weight', 'score']));
    return from + values.length;
  }

  /**
   * Each row read when exactly one reading of its values survives: first by its own columns, then
   * — for rows of a 一级指标 whose points are printed — by the weights of its rows adding up to them.
   */
  private settleIndicators(rows: PendingRow[], columns: readonly ColumnRole[], unknown: string | undefined): void {
    if (unknown !== undefined) {
      for (const row of rows) this.list([...row.names, ...row.values], `指标表头中有认不出的一列“${unknown}”，各数值属于哪一列无法确定，未读入`);
      return;
    }
    for (const row of rows) {
      const maxWeight = Number(row.level1?.weight ?? 100);
      row.readings = rowReadings(row.values.map(atom), columns, { maxWeight });
      // Words split over several tokens leave room for a text column among them: a reading that leaves one empty is not evidence.
      if (row.names.length > 1) row.readings = row.readings.filter((r) => !columns.some((c) => (c === 'target' || c === 'actual') && !r.has(c)));
    }
    this.bySectionSums(rows);
    for (const row of rows) {
      const name = row.names.map((n) => n.cell.text).join('');
      const numbered = row.names.filter((n) => /^指标\d+[:：]/.test(labelKey(n.cell.text))).length;
      if (numbered > 1) {
        this.list([...row.names, ...row.values], `${numbered} 个指标名称后跟一组数值（读取顺序已错乱），无法按证据分到各指标，未读入`);
        continue;
      }
      if (row.readings.length !== 1) {
        this.list([...row.names, ...row.values], this.ambiguity(name, row.readings, columns));
        continue;
      }
      const reading = row.readings[0] as Reading;
      const where = row.names[0]?.cell.where ?? '';
      const values = new Map([...reading].map(([role, value]) => [role, { text: value, where: row.values[0]?.cell.where ?? where }] as const));
      if (row.values.some((v) => v.joined) && reading.size > row.values.length) this.notes.push({ text: row.values.map((v) => v.cell.text).join(''), reason: `“${name}”一行的数字连在一起，按各列的约束只有一种拆法：${describeReading(reading, ROLE_NAMES)}`, where });
      this.indicators.push({ ...(row.level1 ? { level1: row.level1 } : {}), ...(row.level2 ? { level2: row.level2 } : {}), name: { text: name, where }, values });
    }
  }

  /** Where a 一级指标 prints its points, its rows' weights add up to them: readings of a row that no such sum allows are dropped. */
  private bySectionSums(rows: readonly PendingRow[]): void {
    const sections = new Map<Level1Label & { cell: SourceCell }, PendingRow[]>();
    for (const row of rows) if (row.level1?.weight) sections.set(row.level1, [...(sections.get(row.level1) ?? []), row]);
    for (const [level1, members] of sections) {
      if (members.some((m) => m.readings.length === 0) || members.every((m) => m.readings.length === 1)) continue;
      const combinations = members.reduce((n, m) => n * m.readings.length, 1);
      if (combinations > 4096) continue;
      const target = Number(level1.weight);
      const allowed = members.map(() => new Set<Reading>());
      const walk = (k: number, sum: number, chosen: Reading[]) => {
        if (k === members.length) {
          if (Math.abs(sum - target) < 1e-6) chosen.forEach((r, j) => allowed[j]?.add(r));
          return;
        }
        for (const reading of (members[k] as PendingRow).readings) walk(k + 1, sum + Number(reading.get('weight') ?? 'NaN'), [...chosen, reading]);
      };
      walk(0, 0, []);
      // A section whose weights cannot add up to its points says nothing about the splits (the audit reports the sum).
      if (allowed.every((a) => a.size === 0)) continue;
      members.forEach((m, j) => {
        m.readings = m.readings.filter((r) => allowed[j]?.has(r));
      });
    }
  }
}

const atom = (token: Classified): ValueAtom => ({ text: labelKey(token.cell.text), joined: token.joined });
