import { Decimal, builtInFramework, fromWanYuan, isInTier, loadProjectFile, parseActual, parseTarget, tierRange, type EvaluationFramework, type ProjectFile, type ProjectFileIndicator } from '@jixiao/core';
import ExcelJS from 'exceljs';
import { DocumentReadError, type Unplaced } from '../document-read-error.js';
import { knownProcessIndicator } from '../report-text/rated-items.js';
import { resolveRegion, type RegionInput } from '../report-text/region.js';
import { cellNumber, cellText } from './cell-text.js';
import { FUNDS_COLUMN_VARIANTS, FUNDS_ROW_VARIANTS, INDICATOR_COLUMN_VARIANTS, headerKey, type FundsColumn, type FundsRow, type IndicatorColumn } from './header-variants.js';
import { dimensionIdOf, groupIdOf, looksLikeDepartmentEvaluation, stripWeight } from './level-names.js';

export interface SheetImportOptions {
  /** 地区; defaults to 昌吉回族自治州 only when the sheet names 昌吉, else required. */
  readonly region?: RegionInput;
  /** Overrides the year read from the sheet's title. */
  readonly fiscalYear?: number;
}

export interface SheetImport {
  readonly file: ProjectFile;
  /** Every cell that could not be read, with its address (`自评表!F12`). */
  readonly unplaced: Unplaced[];
}

/** How far down a sheet the header rows are looked for: real forms put a title block above them. */
const HEADER_SEARCH_ROWS = 60;
const MAX_ROWS = 5000;

/**
 * Reads a 自评表 (.xlsx) — Jixiao's own or a unit's — into a project file with its claimed
 * scores. Header rows are found by their labels wherever they are (merged, shifted right or down),
 * column names may be any of the known variants, targets and actuals are checked with the core's
 * parser, and every cell that cannot be read is reported with its sheet and address.
 *
 * The form has no 实际到位 column: each fund line is taken as received in full (= 全年预算数), which
 * makes 资金到位率 100% — the self-evaluation framework does not score it.
 */
export async function importSelfEvaluationSheet(bytes: Uint8Array, options: SheetImportOptions = {}): Promise<SheetImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new DocumentReadError('corrupt', `Excel 文件无法读取（文件可能已损坏或不是 .xlsx 格式）：${error instanceof Error ? error.message : String(error)}`);
  }
  return readSelfEvaluationWorkbook(workbook, options);
}

export function readSelfEvaluationWorkbook(workbook: ExcelJS.Workbook, options: SheetImportOptions = {}): SheetImport {
  const found = workbook.worksheets.map((sheet) => ({ sheet, header: findIndicatorHeader(sheet) })).find((s) => s.header !== undefined);
  if (!found?.header) throw new DocumentReadError('noContent', '工作簿中未找到自评表的指标表头（需要“三级指标”及“分值/年度指标值/实际完成值”等列）');
  const { sheet, header } = found;
  const unplaced: Unplaced[] = [];
  const where = (row: number, col: number) => `${sheet.name}!${sheet.getCell(row, col).address}`;
  const lastRow = Math.min(sheet.rowCount, MAX_ROWS);

  const allText = collectText(sheet, lastRow);
  const region = resolveRegion(allText, options.region);
  const fiscalYear = options.fiscalYear ?? readYear(sheet, header.row);
  if (fiscalYear === undefined) throw new DocumentReadError('noContent', `${sheet.name}：未找到年度（如标题中的“2022年度”），请指定年度`);

  const projectName = labelValue(sheet, header.row, /^项目名称$/);
  const supervising = labelValue(sheet, header.row, /^主管部门$/);
  const unitName = labelValue(sheet, header.row, /^(?:项目)?实施单位$|^单位名称$/);
  if (!projectName) unplaced.push({ text: '', reason: '未找到“项目名称”', where: sheet.name });
  const overall = goalText(sheet, header.row);

  // Indicator rows, down to the total row.
  const level1Texts: string[] = [];
  const rows: { row: number; level1: string; level2: string }[] = [];
  let level1 = '';
  let level2 = '';
  let totalRow: number | undefined;
  for (let r = header.row + 1; r <= lastRow; r++) {
    const texts = rowTexts(sheet, r);
    if (texts.some((t) => /^总\s*分$|^合\s*计$/.test(t))) {
      totalRow = r;
      break;
    }
    const name = text(sheet, r, header.columns.name);
    const l1 = text(sheet, r, header.columns.level1);
    const l2 = text(sheet, r, header.columns.level2);
    // Blank 一级/二级 cells that are not merged repeat the one above, as people leave them.
    if (l1 !== '') level1 = l1;
    if (l2 !== '') level2 = l2;
    if (name === '' || /^…+$|^\.+$/.test(name)) continue;
    level1Texts.push(level1);
    rows.push({ row: r, level1, level2 });
  }
  const department = looksLikeDepartmentEvaluation(level1Texts);
  const framework = builtInFramework(department ? 'department-evaluation-2020' : 'self-evaluation-2020') as EvaluationFramework;

  const indicators: ProjectFileIndicator[] = [];
  for (const { row, level1: l1, level2: l2 } of rows) {
    const name = text(sheet, row, header.columns.name);
    const known = knownProcessIndicator(name);
    const dimension = known?.level1 ?? dimensionIdOf(framework, l1 || name);
    const group = known?.level2 ?? (dimension ? groupIdOf(framework, dimension, l2 || name) : undefined);
    if (!dimension || !group) {
      unplaced.push({ text: `${l1} / ${l2} / ${name}`, reason: `一级/二级指标“${stripWeight(l1)} / ${stripWeight(l2)}”不在评价体系“${framework.name}”中`, where: where(row, header.columns.level1 ?? header.columns.name) });
      continue;
    }
    const weight = number(sheet, row, header.columns.weight);
    if (weight === undefined) {
      unplaced.push({ text: text(sheet, row, header.columns.weight), reason: `“${name}”的分值不是数字`, where: where(row, header.columns.weight ?? header.columns.name) });
      continue;
    }
    const unit = text(sheet, row, header.columns.unit);
    const operator = text(sheet, row, header.columns.operator);
    const target = withUnit(withOperator(text(sheet, row, header.columns.target), operator), unit);
    const actual = withUnit(text(sheet, row, header.columns.actual), unit);
    if (target !== '') {
      const parsed = parseTarget(target, { fiscalYear });
      if (!parsed.ok) unplaced.push({ text: target, reason: parsed.error.message, where: where(row, header.columns.target ?? 0) });
    }
    if (actual !== '') {
      const parsed = parseActual(actual, { fiscalYear });
      if (!parsed.ok) unplaced.push({ text: actual, reason: parsed.error.message, where: where(row, header.columns.actual ?? 0) });
    }
    const scoreText = text(sheet, row, header.columns.score);
    const score = number(sheet, row, header.columns.score);
    if (scoreText !== '' && score === undefined) unplaced.push({ text: scoreText, reason: `“${name}”的得分不是数字`, where: where(row, header.columns.score ?? 0) });
    const reason = text(sheet, row, header.columns.reason);
    const formula = known?.formula;
    // A qualitative 决策/过程 item sits in the tier its score falls in: the form records a score, not a tier.
    const tier = known && !formula && score !== undefined ? tierOf(framework, Decimal.from(weight), Decimal.from(score)) : undefined;
    indicators.push({
      level1: dimension,
      level2: group,
      name,
      weight,
      ...(target !== '' ? { target } : {}),
      ...(actual !== '' ? { actual } : {}),
      ...(formula ? { formula } : {}),
      ...(tier ? { tier } : {}),
      ...(reason !== '' && reason !== '无' ? { deviationReason: reason } : {}),
      ...(score !== undefined ? { claimed: { score } } : {}),
    });
  }

  const funds = readFundsBlock(sheet, header.row, unplaced, where);
  if (!funds) throw new DocumentReadError('noContent', `${sheet.name}：未找到资金情况（“年度资金总额”一行）`);
  if (!department && funds.executionWeight !== undefined) {
    indicators.unshift({
      level1: 'budgetExecution',
      level2: 'budgetExecution',
      name: '预算执行率',
      weight: funds.executionWeight,
      formula: 'executionRate',
      ...(funds.executionScore !== undefined ? { claimed: { score: funds.executionScore } } : {}),
    });
  }

  const totalScore = totalRow !== undefined ? number(sheet, totalRow, header.columns.score) : undefined;
  const grade = totalRow !== undefined ? rowTexts(sheet, totalRow).map((t) => /评级[：:]\s*(\S+)/.exec(t)?.[1]).find((g) => g !== undefined) : undefined;

  const file: ProjectFile = {
    formatVersion: 1,
    project: {
      name: projectName ?? '未命名项目',
      fiscalYear,
      unit: { name: unitName ?? '未知单位' },
      region: { code: region.code, name: region.name },
      ...(supervising ? { supervisingDepartment: supervising } : {}),
      ...(overall ? { goals: { overall } } : {}),
    },
    budget: funds.budget,
    ...(indicators.length > 0
      ? {
          evaluation: {
            kind: department ? 'departmentEvaluation' : 'selfEvaluation',
            framework: framework.id,
            indicators,
            ...(totalScore !== undefined || grade ? { claimed: { ...(totalScore !== undefined ? { totalScore } : {}), ...(grade ? { grade } : {}) } } : {}),
          },
        }
      : {}),
  };
  const loaded = loadProjectFile(file);
  if (!loaded.ok) throw new DocumentReadError('invalidProject', `${sheet.name}：读出的数据不完整：${loaded.issues.map((i) => `${i.path}：${i.message}`).join('；')}`);
  return { file, unplaced };
}

interface IndicatorHeader {
  readonly row: number;
  readonly columns: Partial<Record<IndicatorColumn, number>>;
}

/** The row naming 三级指标 and at least two of 分值 / 指标值 / 完成值 / 得分. */
function findIndicatorHeader(sheet: ExcelJS.Worksheet): (IndicatorHeader & { columns: { name: number } & Partial<Record<IndicatorColumn, number>> }) | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const columns = mapColumns(sheet, r, INDICATOR_COLUMN_VARIANTS);
    const others = (['weight', 'target', 'actual', 'score'] as const).filter((c) => columns[c] !== undefined).length;
    if (columns.name !== undefined && others >= 2) return { row: r, columns: { ...columns, name: columns.name } };
  }
  return undefined;
}

function mapColumns<K extends string>(sheet: ExcelJS.Worksheet, row: number, variants: readonly (readonly [K, RegExp])[]): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  const width = Math.min(sheet.columnCount, 60);
  for (let c = 1; c <= width; c++) {
    const cell = sheet.getCell(row, c);
    // A header merged over several columns names only its first.
    if (cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === row) continue;
    const key = headerKey(cellText(cell));
    if (key === '') continue;
    const match = variants.find(([column, pattern]) => columns[column] === undefined && pattern.test(key));
    if (match) columns[match[0]] = c;
  }
  return columns;
}

function readFundsBlock(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  unplaced: Unplaced[],
  where: (row: number, col: number) => string,
): { budget: ProjectFile['budget']; executionWeight?: string; executionScore?: string } | undefined {
  // The funds rows lie above the indicator header; the funds header is the nearest row above them naming two columns.
  const rowsOf: Partial<Record<FundsRow, number>> = {};
  const labelColumn: Partial<Record<FundsRow, number>> = {};
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(sheet.columnCount, 60); c++) {
      const key = headerKey(cellText(sheet.getCell(r, c)));
      const match = FUNDS_ROW_VARIANTS.find(([row, pattern]) => rowsOf[row] === undefined && pattern.test(key) && key.length <= 14);
      if (match) {
        rowsOf[match[0]] = r;
        labelColumn[match[0]] = c;
        break;
      }
    }
  }
  const totalRow = rowsOf.total ?? rowsOf.fiscal;
  if (totalRow === undefined) return undefined;
  let columns: Partial<Record<FundsColumn, number>> = {};
  for (let r = totalRow; r >= Math.max(1, totalRow - 3); r--) {
    columns = mapColumns(sheet, r, FUNDS_COLUMN_VARIANTS);
    if (Object.keys(columns).length >= 2) break;
  }
  const amount = (row: number | undefined, column: FundsColumn): Decimal | undefined => {
    if (row === undefined || columns[column] === undefined) return undefined;
    const cell = sheet.getCell(row, columns[column]);
    const value = cellNumber(cell);
    if (value === undefined) {
      if (cellText(cell) !== '') unplaced.push({ text: cellText(cell), reason: '金额不是数字（应为万元）', where: where(row, columns[column]) });
      return undefined;
    }
    return fromWanYuan(Decimal.from(value));
  };
  const yuan = (d: Decimal) => d.normalize().toString();
  const lines: ProjectFile['budget']['lines'] = [];
  for (const source of ['fiscal', 'carryOver', 'other'] as const) {
    const row = rowsOf[source];
    if (row === undefined) continue;
    const opening = amount(row, 'budget');
    const adjusted = amount(row, 'adjusted');
    const budgeted = opening ?? adjusted;
    if (budgeted === undefined) continue;
    const full = adjusted ?? budgeted;
    lines.push({ fundSource: source, budgetAmount: yuan(budgeted), ...(adjusted && !adjusted.eq(budgeted) ? { adjustedBudgetAmount: yuan(adjusted) } : {}), receivedAmount: yuan(full) });
  }
  const totalOpening = amount(rowsOf.total, 'budget');
  const totalAdjusted = amount(rowsOf.total, 'adjusted');
  if (lines.length === 0) {
    const budgeted = totalOpening ?? totalAdjusted;
    if (budgeted === undefined) return undefined;
    const full = totalAdjusted ?? budgeted;
    lines.push({ fundSource: 'fiscal', budgetAmount: yuan(budgeted), ...(!full.eq(budgeted) ? { adjustedBudgetAmount: yuan(full) } : {}), receivedAmount: yuan(full) });
  }
  const spent = amount(totalRow, 'spent');
  const weightCol = columns.weight;
  const scoreCol = columns.score;
  const executionWeight = weightCol === undefined ? undefined : cellNumber(sheet.getCell(totalRow, weightCol));
  const executionScore = scoreCol === undefined ? undefined : cellNumber(sheet.getCell(totalRow, scoreCol));
  return {
    budget: { lines, ...(spent ? { spentAmount: yuan(spent) } : {}) },
    ...(executionWeight !== undefined ? { executionWeight } : {}),
    ...(executionScore !== undefined ? { executionScore } : {}),
  };
}

const HEADER_LABELS = /^(?:项目名称|主管部门|(?:项目)?实施单位|单位名称|项目负责人.*|联系电话|填报日期|项目类别|项目属性|项目类型)$/;

/** The value next to a label (项目名称 | 综治工作经费), skipping the label's own merged cells. */
function labelValue(sheet: ExcelJS.Worksheet, beforeRow: number, label: RegExp): string | undefined {
  for (let r = 1; r < beforeRow; r++) {
    for (let c = 1; c <= Math.min(sheet.columnCount, 60); c++) {
      const key = headerKey(cellText(sheet.getCell(r, c)));
      if (!label.test(key)) continue;
      for (let k = c + 1; k <= Math.min(sheet.columnCount, 60); k++) {
        const value = cellText(sheet.getCell(r, k));
        if (value === '' || headerKey(value) === key) continue;
        // The next label (主管部门 | 实施单位 on one row) means this one was left empty.
        return HEADER_LABELS.test(headerKey(value)) ? undefined : value;
      }
    }
  }
  return undefined;
}

/** The text under “预期目标” / “年初设定目标” (年度总体目标). */
function goalText(sheet: ExcelJS.Worksheet, beforeRow: number): string | undefined {
  for (let r = 1; r < beforeRow; r++) {
    for (let c = 1; c <= Math.min(sheet.columnCount, 60); c++) {
      if (!/^(?:预期目标|年初设定目标|年度目标)$/.test(headerKey(cellText(sheet.getCell(r, c))))) continue;
      const below = cellText(sheet.getCell(r + 1, c));
      return below === '' ? undefined : below;
    }
  }
  return undefined;
}

function readYear(sheet: ExcelJS.Worksheet, beforeRow: number): number | undefined {
  for (let r = 1; r < beforeRow; r++) {
    for (const t of rowTexts(sheet, r)) {
      const year = /((?:19|20)\d{2})\s*年度/.exec(t)?.[1];
      if (year) return Number(year);
    }
  }
  return undefined;
}

function tierOf(framework: EvaluationFramework, weight: Decimal, score: Decimal) {
  return (['achieved', 'partiallyAchieved', 'notAchieved'] as const).find((t) => isInTier(score, tierRange(t, weight, framework.settings)));
}

/** “2次” + ≥ → “≥2次” for forms with a separate 指标性质 column. */
function withOperator(target: string, operator: string): string {
  const sign = operator.replace(/\s+/g, '');
  if (target === '' || !/^(?:≥|≤|=|>|<|≧|≦|>=|<=)$/.test(sign) || /^[≥≤=><≧≦]/.test(target)) return target;
  return `${sign}${target}`;
}

/** “2” + 次 → “2次” for forms with a separate 度量单位 column. */
function withUnit(value: string, unit: string): string {
  return unit !== '' && /^[≥≤=><≧≦]?\s*-?\d+(?:\.\d+)?$/.test(value) ? `${value}${unit}` : value;
}

function text(sheet: ExcelJS.Worksheet, row: number, column: number | undefined): string {
  return column === undefined ? '' : cellText(sheet.getCell(row, column));
}

function number(sheet: ExcelJS.Worksheet, row: number, column: number | undefined): string | undefined {
  return column === undefined ? undefined : cellNumber(sheet.getCell(row, column));
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const texts: string[] = [];
  for (let c = 1; c <= Math.min(sheet.columnCount, 60); c++) texts.push(headerKey(cellText(sheet.getCell(row, c))));
  return texts;
}

function collectText(sheet: ExcelJS.Worksheet, lastRow: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= lastRow; r++) parts.push(rowTexts(sheet, r).join(' '));
  return parts.join('\n');
}
