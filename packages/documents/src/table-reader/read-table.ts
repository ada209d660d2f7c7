import type { Unplaced } from '../document-read-error.js';
import { alignCells } from './align.js';
import { headerMoneyUnit, isBlank, isDash, isPlaceholder, labelKey, normalise, readPlainNumber, type SourceCell, type SourceRow } from './cell.js';
import { readLevel1, readLevel2, type Level1Label, type Level2Label } from './levels.js';
import {
  FUNDS_VALUE_ROLES,
  INDICATOR_VALUE_ROLES,
  columnRole,
  fundRowKind,
  goalHeader,
  infoField,
  isBlockLabel,
  isTotalLabel,
  type ColumnRole,
  type FundRowKind,
  type InfoField,
} from './roles.js';

export type RoleCells = ReadonlyMap<ColumnRole, SourceCell>;

export interface FundRowReading {
  readonly label: SourceCell;
  readonly kind: FundRowKind;
  readonly values: RoleCells;
}

export interface IndicatorRowReading {
  readonly level1?: Level1Label & { readonly cell: SourceCell };
  readonly level2?: Level2Label & { readonly cell: SourceCell };
  readonly name: SourceCell;
  readonly values: RoleCells;
}

/** Everything the reader found in one table, each value still the cell it came from. */
export interface TableReading {
  readonly info: ReadonlyMap<InfoField, SourceCell>;
  readonly title: readonly SourceCell[];
  readonly goals: { readonly planned?: SourceCell; readonly achieved?: SourceCell };
  /** The cells of the funds header: they may state the money unit (“项目资金（元）”). */
  readonly fundsHeader: readonly SourceCell[];
  readonly fundRows: readonly FundRowReading[];
  readonly indicatorColumns: readonly ColumnRole[];
  readonly indicators: readonly IndicatorRowReading[];
  /** 一级指标 weights written into their labels (“产出指标(50分)”), by dimension id. */
  readonly level1Weights: ReadonlyMap<string, { readonly weight: string; readonly cell: SourceCell }>;
  readonly total?: { readonly label: SourceCell; readonly values: readonly SourceCell[] };
  /** A real grid's total row, whose cells are known by column. */
  readonly totalByColumn?: { readonly weight?: SourceCell; readonly score?: SourceCell };
  /** “评级：优” beside the total. */
  readonly totalGrade?: SourceCell;
  /** Every non-empty cell, for what a document says outside any column (stated sums, places). */
  readonly allCells: readonly SourceCell[];
  readonly unplaced: Unplaced[];
  readonly notes: Unplaced[];
}

interface Token {
  readonly cell: SourceCell;
  readonly row: number;
  /** Rows of flattened text with one cell per line do not end where the table's rows end. */
  readonly reliable: boolean;
}

const MAX_JOIN = 3;

/**
 * Reads a self-evaluation table from its cells in reading order — an Excel sheet's rows, a Word
 * table's rows, or flattened text — by what the cells say: headers by synonym, rows by their
 * labels, values by the header's columns. Every non-empty cell ends up placed or in `unplaced`.
 */
export function readTable(rows: readonly SourceRow[]): TableReading {
  const tokens: Token[] = [];
  rows.forEach((row, r) => {
    for (const cell of row.cells) tokens.push({ cell, row: r, reliable: row.reliable });
  });
  return new TableInterpreter(tokens).read();
}

class TableInterpreter {
  private readonly used = new Set<number>();
  private readonly info = new Map<InfoField, SourceCell>();
  private readonly title: SourceCell[] = [];
  private readonly goals: { planned?: SourceCell; achieved?: SourceCell } = {};
  private readonly goalOrder: ('planned' | 'achieved')[] = [];
  private fundsHeader: SourceCell[] = [];
  private fundColumns: ColumnRole[] = [];
  private readonly fundRows: FundRowReading[] = [];
  private indicatorColumns: ColumnRole[] = [];
  /** In a real grid, the column of each header cell: rows are then read by column, not by count. */
  private indicatorColumnsAt: ReadonlyMap<number, ColumnRole> | undefined;
  private fundColumnsAt: ReadonlyMap<number, ColumnRole> | undefined;
  private readonly indicators: IndicatorRowReading[] = [];
  private readonly level1Weights = new Map<string, { weight: string; cell: SourceCell }>();
  private total: { label: SourceCell; values: SourceCell[] } | undefined;
  /** The total row of a real grid, read by column. */
  private totalColumns: { weight?: SourceCell; score?: SourceCell } | undefined;
  private totalGrade: SourceCell | undefined;
  private readonly unplaced: Unplaced[] = [];
  private readonly notes: Unplaced[] = [];
  private phase: 'preamble' | 'indicators' | 'after' = 'preamble';
  private level1: (Level1Label & { cell: SourceCell }) | undefined;
  private level2: (Level2Label & { cell: SourceCell }) | undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  read(): TableReading {
    let i = 0;
    while (i < this.tokens.length) i = this.step(i);
    this.tokens.forEach((token, index) => {
      if (this.used.has(index) || isBlank(token.cell.text)) return;
      if (token.cell.mergedAbove) return;
      this.unplaced.push({ text: token.cell.text, reason: this.phase === 'after' && index > this.lastIndicatorToken ? '表后的说明文字，不属于自评表的任何一栏' : '不属于自评表的任何一栏', where: token.cell.where });
    });
    return {
      info: this.info,
      title: this.title,
      goals: this.goals,
      fundsHeader: this.fundsHeader,
      fundRows: this.fundRows,
      indicatorColumns: this.indicatorColumns,
      indicators: this.indicators,
      level1Weights: this.level1Weights,
      ...(this.total ? { total: this.total } : {}),
      ...(this.totalColumns ? { totalByColumn: this.totalColumns } : {}),
      ...(this.totalGrade ? { totalGrade: this.totalGrade } : {}),
      allCells: this.tokens.map((t) => t.cell).filter((c) => !isBlank(c.text)),
      unplaced: this.unplaced,
      notes: this.notes,
    };
  }

  private lastIndicatorToken = -1;

  private text(i: number): string {
    return this.tokens[i]?.cell.text ?? '';
  }

  private step(i: number): number {
    const token = this.tokens[i];
    if (!token) return i + 1;
    const { cell } = token;
    if (isBlank(cell.text) || cell.mergedAbove || /^\|+$/.test(labelKey(cell.text))) {
      this.used.add(i);
      return i + 1;
    }
    const header = this.header(i);
    if (header) return header;
    if (this.phase === 'indicators') return this.indicatorStep(i);
    const fundKind = this.fundColumns.length > 0 ? fundRowKind(cell.text) : undefined;
    if (fundKind) return this.fundRow(i, fundKind);
    const field = infoField(cell.text);
    if (field) return this.infoValue(i, field);
    const goal = goalHeader(cell.text);
    if (goal) {
      this.used.add(i);
      // “年度总体目标完成情况 | 预期目标 | 实际完成情况”: a completion header before the planned one named the whole block.
      if (goal === 'planned' && this.goalOrder.length === 1 && this.goalOrder[0] === 'achieved' && this.goals.achieved === undefined) this.goalOrder.length = 0;
      if (goal !== 'block' && !this.goalOrder.includes(goal)) this.goalOrder.push(goal);
      return i + 1;
    }
    if (this.fundColumns.length === 0 && headerMoneyUnit(cell.text) && labelKey(cell.text).length <= 12) {
      // “(万元)” on its own line above the funds header: the unit of its amounts.
      this.used.add(i);
      this.fundsHeader.push(cell);
      return i + 1;
    }
    if (isBlockLabel(cell.text) || columnRole(cell.text) === 'fundLabel') {
      this.used.add(i);
      if (columnRole(cell.text) === 'fundLabel') this.fundsHeader.push(cell);
      return i + 1;
    }
    if ((/(?:19|20)\d{2}\s*年/.test(normalise(cell.text)) || /自评表|评价表/.test(cell.text)) && /年度|年\)|自评表|评价表/.test(normalise(cell.text)) && this.title.length < 3 && this.fundColumns.length === 0 && labelKey(cell.text).length <= 60) {
      this.used.add(i);
      this.title.push(cell);
      return i + 1;
    }
    const pending = this.goalOrder.find((g) => this.goals[g] === undefined);
    if (pending && labelKey(cell.text).length >= 4) {
      this.used.add(i);
      this.goals[pending] = cell;
      return i + 1;
    }
    return i + 1;
  }

  /** A run of header cells at i: the indicator header (三级指标 and two value columns) or the funds header. */
  private header(i: number): number | undefined {
    const roles: ColumnRole[] = [];
    const cells: SourceCell[] = [];
    const consumed: number[] = [];
    let j = i;
    const reliable = this.tokens[i]?.reliable ?? false;
    while (j < this.tokens.length) {
      const token = this.tokens[j];
      if (!token) break;
      if (reliable && token.row !== this.tokens[i]?.row && roles.length > 0 && !this.rowHasOnlyHeaders(token.row)) break;
      if (isBlank(token.cell.text)) {
        if (roles.length === 0) break;
        consumed.push(j);
        j += 1;
        continue;
      }
      const joined = this.joinedRole(j);
      if (!joined) break;
      // “偏差原因 / 分析及改进措施”: a header a flattened page broke in two is one column.
      const continued = joined.role === 'reason' && roles[roles.length - 1] === 'reason' && token.cell.column === undefined;
      if (!continued) {
        roles.push(joined.role);
        cells.push(token.cell);
      }
      for (let k = j; k < j + joined.length; k += 1) consumed.push(k);
      j += joined.length;
    }
    const values = roles.filter((r) => r === 'weight' || r === 'target' || r === 'actual' || r === 'score').length;
    if (roles.includes('name') && values >= 2) {
      for (const k of consumed) this.used.add(k);
      this.indicatorColumns = roles;
      this.phase = 'indicators';
      this.indicatorColumnsAt = columnsOf(cells, roles);
      return j;
    }
    const money = roles.filter((r) => r === 'budget' || r === 'adjustedBudget' || r === 'spent' || r === 'rate').length;
    if (!roles.includes('name') && money >= 2 && this.phase === 'preamble') {
      for (const k of consumed) this.used.add(k);
      this.fundColumns = roles.filter((r) => FUNDS_VALUE_ROLES.has(r));
      this.fundColumnsAt = columnsOf(cells, roles);
      this.fundsHeader.push(...cells);
      return j;
    }
    return undefined;
  }

  private rowHasOnlyHeaders(row: number): boolean {
    return this.tokens.filter((t) => t.row === row && !isBlank(t.cell.text)).every((t) => columnRole(t.cell.text) !== undefined);
  }

  /** A header cell, or up to three cells a flattened line broke one header into (“一级” + “指标”). */
  private joinedRole(j: number): { role: ColumnRole; length: number } | undefined {
    let text = '';
    for (let length = 1; length <= MAX_JOIN && j + length - 1 < this.tokens.length; length += 1) {
      text += labelKey(this.text(j + length - 1));
      const role = columnRole(text);
      if (role && role !== 'fundLabel') return { role, length };
    }
    return undefined;
  }

  private infoValue(i: number, field: InfoField): number {
    this.used.add(i);
    const row = this.tokens[i]?.row;
    for (let j = i + 1; j < Math.min(this.tokens.length, i + 4); j += 1) {
      const token = this.tokens[j];
      if (!token) break;
      if (token.reliable && token.row !== row && this.tokens[i]?.reliable) break;
      if (/^\|{2,}$/.test(labelKey(token.cell.text))) break;
      if (isBlank(token.cell.text)) continue;
      if (infoField(token.cell.text) || goalHeader(token.cell.text) || columnRole(token.cell.text)) break;
      this.used.add(j);
      if (field !== 'other' && !this.info.has(field)) this.info.set(field, token.cell);
      return j + 1;
    }
    return i + 1;
  }

  /** A funds row: its label and the values under the funds header, from its own row (or the next, when the label stands alone). */
  private fundRow(i: number, kind: FundRowKind): number {
    this.used.add(i);
    const label = this.tokens[i]?.cell as SourceCell;
    const stops = (text: string) => fundRowKind(text) !== undefined || goalHeader(text) !== undefined || columnRole(text) !== undefined;
    const first = this.rowValues(i, stops, this.fundColumns.length);
    const { cells, next } = label.column === undefined ? this.continuedRow(first, this.fundColumns.length) : first;
    const values = this.fundColumnsAt && label.column !== undefined ? byColumn(cells, this.fundColumnsAt) : alignCells(cells.map((c) => c.cell), this.fundColumns);
    if (!values) {
      this.unplaced.push({ text: cells.map((c) => c.cell.text).join(' | '), reason: `“${label.text}”一行的数字与资金表头（${this.fundColumns.length} 列）对不上`, where: label.where });
      for (const c of cells) this.used.add(c.index);
      return next;
    }
    const placed = new Set(values.values());
    for (const c of cells) {
      this.used.add(c.index);
      if (!placed.has(c.cell) && !isBlank(c.cell.text)) this.unplaced.push({ text: c.cell.text, reason: `“${label.text}”一行多出的单元格，资金表头没有对应的列`, where: c.cell.where });
    }
    this.fundRows.push({ label, kind, values });
    return next;
  }

  /**
   * The cells after a row's label: the rest of a real row (or the next row when the label stands
   * alone on its line), else — one cell per line — up to `count` cells, stopping at a label.
   */
  private rowValues(i: number, stops: (text: string) => boolean, count: number): { cells: { cell: SourceCell; index: number }[]; next: number } {
    const start = this.tokens[i];
    const cells: { cell: SourceCell; index: number }[] = [];
    if (!start) return { cells, next: i + 1 };
    let j = i + 1;
    if (start.reliable) {
      let row = start.row;
      const rest = this.tokens.slice(j).filter((t) => t.row === row);
      const after = this.tokens[j + rest.length];
      // Flattened text may put a label on its own line and its values on the next (a grid never does).
      if (start.cell.column === undefined && rest.every((t) => isBlank(t.cell.text)) && after?.reliable) {
        const firstText = this.tokens.slice(j + rest.length).find((t) => t.row === after.row && !isBlank(t.cell.text));
        if (firstText && stops(firstText.cell.text)) return { cells, next: j + rest.length };
        j += rest.length;
        row = after.row;
      }
      while (j < this.tokens.length && this.tokens[j]?.row === row) {
        cells.push({ cell: this.tokens[j]?.cell as SourceCell, index: j });
        j += 1;
      }
      return { cells: trimTrailingBlanks(cells), next: j };
    }
    while (j < this.tokens.length && cells.length < count) {
      const token = this.tokens[j] as Token;
      if (/^\|{2,}$/.test(labelKey(token.cell.text))) break;
      if (!isBlank(token.cell.text) && stops(token.cell.text)) break;
      cells.push({ cell: token.cell, index: j });
      j += 1;
    }
    return { cells, next: j };
  }

  /**
   * A flattened line that wrapped a funds row (“基本支出 | 985.19 | 914.97 |” then “10 | 10 |”): the
   * next line goes on the row when the row is short of its columns and that line holds only numbers.
   */
  private continuedRow(row: { cells: { cell: SourceCell; index: number }[]; next: number }, columns: number): { cells: { cell: SourceCell; index: number }[]; next: number } {
    const following = this.tokens[row.next];
    if (!following?.reliable || row.cells.length >= columns) return row;
    const line: { cell: SourceCell; index: number }[] = [];
    for (let j = row.next; j < this.tokens.length && this.tokens[j]?.row === following.row; j += 1) line.push({ cell: (this.tokens[j] as Token).cell, index: j });
    const filled = trimTrailingBlanks(line);
    const numeric = filled.length > 0 && filled.every(({ cell }) => isBlank(cell.text) || isDash(cell.text) || /^[-\d.]+%?$/.test(labelKey(cell.text)));
    if (!numeric || row.cells.length + filled.length > columns) return row;
    return { cells: [...row.cells, ...filled], next: row.next + line.length };
  }

  private indicatorStep(i: number): number {
    const token = this.tokens[i] as Token;
    const { cell } = token;
    this.lastIndicatorToken = Math.max(this.lastIndicatorToken, i);
    const positional = this.positionalRow(i);
    if (positional !== undefined) return positional;
    if (isTotalLabel(cell.text)) return this.totalRow(i);
    if (/^(?:注|备注|说明)[:：]?/.test(labelKey(cell.text)) && labelKey(cell.text).length > 3) {
      this.phase = 'after';
      return i;
    }
    const label = this.levelLabel(i);
    if (label) return label;
    if (isBlockLabel(cell.text)) {
      this.used.add(i);
      return i + 1;
    }
    if (isPlaceholder(cell.text)) return this.placeholderRow(i);
    const valueRoles = this.indicatorColumns.slice(this.indicatorColumns.indexOf('name') + 1).filter((r) => INDICATOR_VALUE_ROLES.has(r));
    const stops = (text: string) => isTotalLabel(text) || readLevel1(text)?.dimension !== undefined || readLevel2(text) !== undefined;
    const { cells, next } = this.rowValues(i, stops, valueRoles.length);
    const values = this.trimReason(cells, valueRoles, next);
    this.indicatorRow(i, values.cells, valueRoles);
    return values.next;
  }

  /**
   * One cell per line, without empty cells: the reason column is optional, so a text after the
   * score is a reason only when what follows it cannot be the next row's values.
   */
  private trimReason(cells: { cell: SourceCell; index: number }[], roles: readonly ColumnRole[], next: number) {
    const start = this.tokens[cells[0]?.index ?? next];
    if (!start || start.reliable || roles[roles.length - 1] !== 'reason' || cells.length < roles.length) return { cells, next };
    const last = cells[cells.length - 1] as { cell: SourceCell; index: number };
    if (isBlank(last.cell.text)) return { cells, next };
    const after = this.tokens[next];
    if (!after || isBlank(after.cell.text) || /^\|{2,}$/.test(labelKey(after.cell.text)) || isTotalLabel(after.cell.text) || readLevel2(after.cell.text)) return { cells, next };
    return { cells: cells.slice(0, -1), next: last.index };
  }

  /** A row of a real grid: every cell is read under the header cell of its column. */
  private positionalRow(i: number): number | undefined {
    const columns = this.indicatorColumnsAt;
    const token = this.tokens[i] as Token;
    if (!columns || token.cell.column === undefined) return undefined;
    const rowTokens: { cell: SourceCell; index: number }[] = [];
    this.tokens.forEach((t, index) => {
      if (t.row === token.row && index >= i) rowTokens.push({ cell: t.cell, index });
    });
    const byRole = new Map<ColumnRole, { cell: SourceCell; index: number }>();
    for (const entry of rowTokens) {
      const role = entry.cell.column === undefined ? undefined : columns.get(entry.cell.column);
      if (role && !byRole.has(role)) byRole.set(role, entry);
      else if (!isBlank(entry.cell.text) && !entry.cell.mergedAbove) this.unplaced.push({ text: entry.cell.text, reason: '不在指标表头的任何一列下', where: entry.cell.where });
    }
    const next = (rowTokens[rowTokens.length - 1]?.index ?? i) + 1;
    for (const { index } of rowTokens) this.used.add(index);
    const name = byRole.get('name');
    if (name && isTotalLabel(name.cell.text)) return this.totalByColumn(name, byRole, next);
    const total = rowTokens.find((t) => isTotalLabel(t.cell.text));
    if (total) return this.totalByColumn(total, byRole, next);
    if (rowTokens.some((t) => /^(?:注|备注|说明)[:：]/.test(labelKey(t.cell.text)))) {
      for (const { index } of rowTokens) this.used.delete(index);
      this.phase = 'after';
      return i;
    }
    const l1 = byRole.get('level1');
    const l2 = byRole.get('level2');
    if (l1 && !isBlank(l1.cell.text) && !l1.cell.mergedAbove) this.setLevel1(l1.cell, l1.index);
    if (l2 && !isBlank(l2.cell.text) && !l2.cell.mergedAbove) this.setLevel2(l2.cell, l2.index);
    const valueRoles = this.indicatorColumns.slice(this.indicatorColumns.indexOf('name') + 1).filter((r) => INDICATOR_VALUE_ROLES.has(r));
    if (!name || isBlank(name.cell.text) || name.cell.mergedAbove) {
      // A row whose 三级指标 cell is empty or merged with the row above carries nothing of its own.
      for (const role of valueRoles) {
        const value = byRole.get(role);
        if (value && !isBlank(value.cell.text) && !value.cell.mergedAbove) this.unplaced.push({ text: value.cell.text, reason: '所在行没有三级指标名称', where: value.cell.where });
      }
      return next;
    }
    const empty = (where: string): SourceCell => ({ text: '', where });
    this.indicatorRow(name.index, valueRoles.map((role) => byRole.get(role) ?? { cell: empty(name.cell.where), index: -1 }), valueRoles);
    return next;
  }

  private totalByColumn(label: { cell: SourceCell; index: number }, byRole: ReadonlyMap<ColumnRole, { cell: SourceCell; index: number }>, next: number): number {
    const weight = byRole.get('weight');
    const score = byRole.get('score');
    this.total = { label: label.cell, values: [] };
    this.totalColumns = { ...(weight && !isBlank(weight.cell.text) ? { weight: weight.cell } : {}), ...(score && !isBlank(score.cell.text) ? { score: score.cell } : {}) };
    for (const [role, value] of byRole) {
      if (role === 'weight' || role === 'score' || value === label || isBlank(value.cell.text)) continue;
      if (/评级|等级/.test(value.cell.text)) this.totalGrade = value.cell;
      else this.unplaced.push({ text: value.cell.text, reason: '总分行中不属于分值或得分的单元格', where: value.cell.where });
    }
    this.phase = 'after';
    return next;
  }

  /** A level label, joined from up to three cells a flattened line broke it into (“数量” + “指标”): the longest that reads wins. */
  private levelLabel(i: number): number | undefined {
    for (let length = MAX_JOIN; length >= 1; length -= 1) {
      const parts = this.tokens.slice(i, i + length);
      if (parts.length < length || parts.slice(1).some((t) => isBlank(t.cell.text) || t.reliable)) continue;
      const text = parts.map((t) => labelKey(t.cell.text)).join('');
      const cell: SourceCell = { text, where: parts[0]?.cell.where ?? '' };
      if (readLevel1(text)) {
        this.setLevel1(cell, i, length);
        return i + length;
      }
      if (readLevel2(text)) {
        this.setLevel2(cell, i, length);
        return i + length;
      }
    }
    return undefined;
  }

  private setLevel1(cell: SourceCell, i: number, length = 1): void {
    const label = readLevel1(cell.text);
    if (!label) return;
    for (let k = i; k < i + length; k += 1) this.used.add(k);
    this.level1 = { ...label, cell };
    this.level2 = undefined;
    if (label.dimension && label.weight) this.level1Weights.set(label.dimension, { weight: label.weight, cell });
  }

  private setLevel2(cell: SourceCell, i: number, length = 1): void {
    // In a grid the 二级指标 column says which cell is the group, whatever its words (银川: 投入管理).
    const own: Level2Label | undefined = cell.column !== undefined && this.level1?.dimension ? { dimension: this.level1.dimension, group: labelKey(cell.text), name: labelKey(cell.text) } : undefined;
    const label = readLevel2(cell.text) ?? own;
    if (!label) return;
    for (let k = i; k < i + length; k += 1) this.used.add(k);
    // A group of another dimension starts that dimension (its 一级 label may be lost in flattening).
    // 满意度 is a group of 效益 in the department framework: it stays under its 效益 label.
    const satisfactionInBenefit = label.group === 'satisfaction' && this.level1?.dimension === 'benefit';
    if (this.level1?.dimension !== label.dimension && !satisfactionInBenefit) {
      const weight = this.level1 && !this.level1.dimension ? this.level1.weight : undefined;
      this.level1 = { dimension: label.dimension, ...(weight ? { weight } : {}), cell: this.level1 && !this.level1.dimension ? this.level1.cell : cell };
      if (weight) this.level1Weights.set(label.dimension, { weight, cell: this.level1.cell });
    }
    this.level2 = { ...label, ...(satisfactionInBenefit ? { dimension: 'benefit' } : {}), cell };
    if (label.weight) this.notes.push({ text: cell.text, reason: `二级指标“${label.name}”写明 ${label.weight} 分`, where: cell.where });
  }

  /** A template row left in place (“……”, “指标2:”, “指标1:/ / /”): understood, not an indicator; any value filled into it is listed. */
  private placeholderRow(i: number): number {
    const token = this.tokens[i] as Token;
    this.used.add(i);
    if (!token.reliable) return i + 1;
    let j = i + 1;
    const filled: SourceCell[] = [];
    while (j < this.tokens.length && this.tokens[j]?.row === token.row) {
      const cell = this.tokens[j]?.cell as SourceCell;
      if (!isBlank(cell.text) && !isDash(cell.text) && !isPlaceholder(cell.text)) filled.push(cell);
      this.used.add(j);
      j += 1;
    }
    if (filled.length > 0) this.unplaced.push({ text: [token.cell.text, ...filled.map((c) => c.text)].join(' | '), reason: '模板占位行（“……”“指标2:”）中填了内容，未作为指标读入', where: token.cell.where });
    return j;
  }

  private indicatorRow(i: number, cells: readonly { cell: SourceCell; index: number }[], roles: readonly ColumnRole[]): void {
    const name = this.tokens[i]?.cell as SourceCell;
    this.used.add(i);
    if (isPlaceholder(name.text)) {
      for (const c of cells) if (c.index >= 0) this.used.add(c.index);
      const filled = cells.filter((c) => !isBlank(c.cell.text) && !isDash(c.cell.text) && !isPlaceholder(c.cell.text));
      if (filled.length > 0) this.unplaced.push({ text: [name.text, ...filled.map((c) => c.cell.text)].join(' | '), reason: '模板占位行（“……”“指标2:”）中填了内容，未作为指标读入', where: name.where });
      return;
    }
    const values = alignCells(cells.map((c) => c.cell), roles);
    for (const c of cells) if (c.index >= 0) this.used.add(c.index);
    if (!values) {
      this.unplaced.push({ text: [name.text, ...cells.map((c) => c.cell.text)].join(' | '), reason: '这一行的单元格与指标表头的列对不上，未读入', where: name.where });
      return;
    }
    const placed = new Set(values.values());
    for (const c of cells) if (!placed.has(c.cell) && !isBlank(c.cell.text)) this.unplaced.push({ text: c.cell.text, reason: `“${name.text}”一行多出的单元格，指标表头没有对应的列`, where: c.cell.where });
    this.indicators.push({ ...(this.level1 ? { level1: this.level1 } : {}), ...(this.level2 ? { level2: this.level2 } : {}), name, values });
  }

  private totalRow(i: number): number {
    this.used.add(i);
    const label = this.tokens[i]?.cell as SourceCell;
    const { cells, next } = this.rowValues(i, (text) => readPlainNumber(text) === undefined, 4);
    const numbers = cells.filter((c) => !isBlank(c.cell.text));
    for (const c of cells) this.used.add(c.index);
    const grade = this.tokens[next];
    if (grade && /^评级|^等级/.test(labelKey(grade.cell.text))) {
      this.totalGrade = grade.cell;
      this.used.add(next);
    }
    this.total = { label, values: numbers.map((c) => c.cell) };
    this.phase = 'after';
    return next;
  }
}

/** Header cells with their grid columns → column → role; undefined for flattened text. */
function columnsOf(cells: readonly SourceCell[], roles: readonly ColumnRole[]): ReadonlyMap<number, ColumnRole> | undefined {
  if (cells.length === 0 || cells.some((c) => c.column === undefined)) return undefined;
  return new Map(cells.map((c, k) => [c.column as number, roles[k] as ColumnRole]));
}

/** A grid row's cells under the header's columns; cells under no header column are left out (and listed by the caller). */
function byColumn(cells: readonly { cell: SourceCell }[], columns: ReadonlyMap<number, ColumnRole>): Map<ColumnRole, SourceCell> {
  const mapped = new Map<ColumnRole, SourceCell>();
  for (const { cell } of cells) {
    const role = cell.column === undefined ? undefined : columns.get(cell.column);
    if (role && !mapped.has(role)) mapped.set(role, cell);
  }
  return mapped;
}

function trimTrailingBlanks<T extends { cell: SourceCell }>(cells: T[]): T[] {
  let end = cells.length;
  while (end > 0 && isBlank((cells[end - 1] as T).cell.text) && (cells[end - 1] as T).cell.column === undefined) end -= 1;
  return cells.slice(0, end);
}
