import { Decimal, budgetFigures, toWanYuan, type BudgetLine, type Project, type ScoreCard } from '@jixiao/core';
import ExcelJS from 'exceljs';
import { COLUMN_WIDTHS, FUND_ROWS, FUNDS_HEADERS, INDICATOR_HEADERS, NUMBER_FORMAT, PERCENT_FORMAT, SHEET_NAME } from './layout.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER = { vertical: 'middle' as const, horizontal: 'center' as const, wrapText: true };
const LEFT = { vertical: 'middle' as const, horizontal: 'left' as const, wrapText: true };
const BOLD = { bold: true, name: '宋体', size: 10 };
const NORMAL = { name: '宋体', size: 10 };

/** Amounts are shown in 万元 with two decimals; the cell holds the rounded number, formatted 0.00. */
const wan = (yuan: Decimal) => toWanYuan(yuan).toNumber();
/** Scores are rounded once, by the core, to two decimals; here they only become cell numbers. */
const num = (value: Decimal) => value.round(2).toNumber();

/**
 * The 自评表 of a project as the unit claimed it: header, funds block in 万元, goals, one row per
 * indicator under merged 一级/二级 cells with the CLAIMED 得分 (blank where nothing was claimed),
 * and the total row with the claimed total and grade as written — bordered, 0.00 number formats,
 * A4 portrait fitted to the page width, the indicator header repeated on every page. The claims
 * are what an audit checks, so a re-imported export audits like the original; Jixiao's own scores
 * (the card) go beside them on the 重算对照 sheet, never into the 得分 column.
 */
export async function exportSelfEvaluationSheet(project: Project, card: ScoreCard): Promise<Uint8Array> {
  const workbook = buildSelfEvaluationWorkbook(project, card);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function buildSelfEvaluationWorkbook(project: Project, card: ScoreCard): ExcelJS.Workbook {
  const { info, budget } = project;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const put = (address: string, value: ExcelJS.CellValue, style: { bold?: boolean; align?: 'center' | 'left'; format?: string } = {}) => {
    const cell = sheet.getCell(address);
    cell.value = value;
    cell.font = style.bold ? BOLD : NORMAL;
    cell.alignment = style.align === 'left' ? LEFT : CENTER;
    if (style.format) cell.numFmt = style.format;
    return cell;
  };
  const merge = (range: string) => sheet.mergeCells(range);

  // Title and header.
  merge('A1:H1');
  put('A1', '项目支出绩效自评表', { bold: true }).font = { ...BOLD, size: 16 };
  merge('A2:H2');
  put('A2', `（${info.fiscalYear}年度）`);
  put('A3', '项目名称', { bold: true });
  merge('B3:H3');
  put('B3', info.name, { align: 'left' });
  put('A4', '主管部门', { bold: true });
  merge('B4:D4');
  put('B4', info.supervisingDepartment ?? '', { align: 'left' });
  put('E4', '实施单位', { bold: true });
  merge('F4:H4');
  put('F4', info.unit.name, { align: 'left' });

  // Funds block (万元).
  merge('A5:A9');
  put('A5', '项目资金（万元）', { bold: true });
  put('B5', '');
  FUNDS_HEADERS.forEach((label, i) => put(`${'CDEFGH'[i]}5`, label, { bold: true }));
  const figures = budgetFigures(budget);
  const execution = card.dimensions.find((d) => d.id === 'budgetExecution');
  const executionIndicator = execution?.groups[0]?.indicators[0]?.indicator;
  FUND_ROWS.forEach((row, i) => {
    const r = 6 + i;
    put(`B${r}`, row.label, { align: 'left' });
    const lines = row.source === 'total' ? budget.lines : budget.lines.filter((l) => l.fundSource === row.source);
    const sum = (pick: (l: BudgetLine) => Decimal) => Decimal.sum(lines.map(pick));
    const present = row.source === 'total' || lines.length > 0;
    put(`C${r}`, present ? wan(sum((l) => l.budgetAmount)) : null, { format: NUMBER_FORMAT });
    put(`D${r}`, present ? wan(sum((l) => l.adjustedBudgetAmount)) : null, { format: NUMBER_FORMAT });
    // Spending is known in total only (per source when payments name it — rarely): the sheet shows the total.
    put(`E${r}`, row.source === 'total' ? wan(figures.spentAmount) : null, { format: NUMBER_FORMAT });
    put(`F${r}`, row.source === 'total' && executionIndicator ? num(executionIndicator.weight) : null, { format: NUMBER_FORMAT });
    put(`G${r}`, row.source === 'total' && figures.executionRateOfBudget ? Number(figures.executionRateOfBudget.round(4).toString()) : null, { format: PERCENT_FORMAT });
    const executionClaim = row.source === 'total' ? executionIndicator?.claimed?.score : undefined;
    put(`H${r}`, executionClaim ? num(executionClaim) : null, { format: NUMBER_FORMAT });
  });

  // Goals.
  merge('A10:A11');
  put('A10', '年度总体目标', { bold: true });
  merge('B10:E10');
  put('B10', '预期目标', { bold: true });
  merge('F10:H10');
  put('F10', '实际完成情况', { bold: true });
  merge('B11:E11');
  put('B11', info.goals.overall ?? '', { align: 'left' });
  merge('F11:H11');
  put('F11', completionSummary(card), { align: 'left' });
  sheet.getRow(11).height = Math.min(160, 15 * Math.ceil(((info.goals.overall ?? '').length + 1) / 36) + 6);

  // Indicator rows.
  const headerRow = 12;
  INDICATOR_HEADERS.forEach((label, i) => put(`${'ABCDEFGH'[i]}${headerRow}`, label, { bold: true }));
  let r = headerRow + 1;
  for (const dimension of card.dimensions) {
    // The funds block is the form's 预算执行率 row (分值, 得分): listed again, it would be read twice.
    if (dimension === execution) continue;
    const dimensionStart = r;
    for (const group of dimension.groups) {
      if (group.indicators.length === 0) continue;
      const groupStart = r;
      for (const scored of group.indicators) {
        const { indicator } = scored;
        put(`A${r}`, dimension.name);
        put(`B${r}`, group.name);
        put(`C${r}`, indicator.name, { align: 'left' });
        put(`D${r}`, indicator.targetText ?? '');
        put(`E${r}`, indicator.actualText ?? '');
        put(`F${r}`, num(indicator.weight), { format: NUMBER_FORMAT });
        const claimed = indicator.claimed?.score;
        put(`G${r}`, claimed ? num(claimed) : null, { format: NUMBER_FORMAT });
        put(`H${r}`, indicator.deviationReason ?? '', { align: 'left' });
        r++;
      }
      if (r - 1 > groupStart) merge(`B${groupStart}:B${r - 1}`);
    }
    if (r - 1 > dimensionStart) merge(`A${dimensionStart}:A${r - 1}`);
  }

  // Total row.
  merge(`A${r}:E${r}`);
  put(`A${r}`, '总分', { bold: true });
  put(`F${r}`, num(card.totalWeight), { bold: true, format: NUMBER_FORMAT });
  const claims = project.evaluation?.claims;
  put(`G${r}`, claims?.totalScore ? num(claims.totalScore) : null, { bold: true, format: NUMBER_FORMAT });
  put(`H${r}`, claims?.grade ? `评级：${claims.grade}` : '', { bold: true });

  for (let row = 3; row <= r; row++) {
    for (let col = 1; col <= 8; col++) sheet.getCell(row, col).border = BORDER;
  }
  sheet.pageSetup.printArea = `A1:H${r}`;
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  addRecomputedSheet(workbook, project, card);
  return workbook;
}

/** The 实际完成情况 cell: how many indicators, and where Jixiao's own scores are. */
function completionSummary(card: ScoreCard): string {
  return `共${card.indicators.length}项三级指标；得分为自评得分，按评分规则的重算结果（总分${card.totalScore.toFixed(2)}分，评级“${card.grade.label}”）见“重算对照”表。`;
}

/**
 * The sheet beside the 自评表 with Jixiao's recomputation: one row per indicator, claimed group,
 * dimension, the total and the grade — claimed, recomputed, how, and the difference. Readers of
 * the workbook skip it by name: its 重算得分 is never a claim.
 */
export const RECOMPUTED_SHEET_NAME = '重算对照';

const RECOMPUTED_HEADERS = ['层级', '指标', '分值', '自评得分', '重算得分', '计算过程', '差异（自评 − 重算）'] as const;

function addRecomputedSheet(workbook: ExcelJS.Workbook, project: Project, card: ScoreCard): void {
  const sheet = workbook.addWorksheet(RECOMPUTED_SHEET_NAME, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [10, 28, 8, 10, 10, 60, 12].map((width) => ({ width }));
  const claims = project.evaluation?.claims;
  let r = 1;
  const row = (values: readonly ExcelJS.CellValue[], bold = false) => {
    values.forEach((value, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = value;
      cell.font = bold ? BOLD : NORMAL;
      cell.alignment = i === 1 || i === 5 ? LEFT : CENTER;
      cell.border = BORDER;
      if (i === 2 || i === 3 || i === 4 || i === 6) cell.numFmt = NUMBER_FORMAT;
    });
    r++;
  };
  const compared = (level: string, name: string, weight: Decimal | undefined, claimed: Decimal | undefined, recomputed: Decimal, how: string, bold = false) =>
    row([level, name, weight ? num(weight) : null, claimed ? num(claimed) : null, num(recomputed), how, claimed ? num(claimed.minus(recomputed)) : null], bold);

  row(RECOMPUTED_HEADERS, true);
  for (const dimension of card.dimensions) {
    for (const group of dimension.groups) {
      for (const scored of group.indicators) {
        compared('三级指标', scored.indicator.name, scored.indicator.weight, scored.indicator.claimed?.score, scored.score, `${scored.ruleLabel}：${scored.derivation}`);
      }
      const groupClaim = claims?.groups.find((g) => g.level1 === dimension.id && g.level2 === group.id)?.score;
      if (groupClaim) compared('二级指标', group.name, group.weight ?? group.indicatorWeight, groupClaim, group.score, '其下各三级指标重算得分合计');
    }
    compared('一级指标', dimension.name, dimension.weight, claims?.dimensions.find((d) => d.level1 === dimension.id)?.score, dimension.score, '其下各指标重算得分合计', true);
  }
  compared('总分', '总分', card.totalWeight, claims?.totalScore, card.totalScore, '各一级指标重算得分合计', true);
  row(['评级', '评级', null, claims?.grade ?? null, card.grade.label, `重算总分 ${card.totalScore.toFixed(2)} 所在档次`, null], true);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
