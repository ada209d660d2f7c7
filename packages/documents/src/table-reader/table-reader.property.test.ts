import type { ProjectFile } from '@jixiao/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetModel, sheetRows, sheetText, sheetWorkbook, type SheetModel } from '../../test/generated-sheet.js';
import { importSelfEvaluationSheet } from '../self-evaluation-sheet/index.js';
import type { SourceRow } from './cell.js';
import { readTable } from './read-table.js';
import { readTextTable } from './read-text-table.js';
import { toProjectFile } from './to-project-file.js';
import { worksheetRows } from './xlsx-rows.js';

const yuan = (wanYuan: number) => String(Math.round(wanYuan * 1_000_000) / 100);

/** What a sheet generated from the model must read back as. */
function expected(model: SheetModel) {
  const { funds } = model;
  return {
    fiscalYear: model.year,
    lines: [{ fundSource: 'fiscal', budgetAmount: yuan(funds.budget), ...(funds.adjusted === funds.budget ? {} : { adjustedBudgetAmount: yuan(funds.adjusted) }), receivedAmount: yuan(funds.adjusted) }],
    spentAmount: yuan(funds.spent),
    indicators: [
      ['budgetExecution', 'budgetExecution', '预算执行率', String(funds.weight), undefined, undefined, String(funds.score)],
      ...model.indicators.map((i) => [i.level1, i.level2, i.name, String(i.weight), `${i.operator}${i.target}${i.unit}`, `${i.actual}${i.unit}`, i.score === undefined ? undefined : String(i.score)]),
    ],
    totalScore: model.total === undefined ? undefined : String(model.total),
  };
}

function actual(file: ProjectFile) {
  return {
    fiscalYear: file.project.fiscalYear,
    lines: file.budget.lines,
    spentAmount: file.budget.spentAmount,
    indicators: (file.evaluation?.indicators ?? []).map((i) => [i.level1, i.level2, i.name, String(i.weight), i.target, i.actual, i.claimed?.score === undefined ? undefined : String(i.claimed.score)]),
    totalScore: file.evaluation?.claimed?.totalScore === undefined ? undefined : String(file.evaluation.claimed.totalScore),
  };
}

function worksheet(model: SheetModel): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet('自评表');
  sheetRows(model).forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  return sheet;
}

describe('generated sheets in every supported layout read back as the project they were written from', () => {
  it('written to .xlsx and read back (300 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(sheetModel, async (model) => {
        const { file } = await importSelfEvaluationSheet(await sheetWorkbook(model));
        expect(actual(file)).toEqual(expected(model));
      }),
      { numRuns: 300 },
    );
  });

  it('as an Excel worksheet in memory (3,000 cases)', () => {
    fc.assert(
      fc.property(sheetModel, (model) => {
        const read = toProjectFile(readTable(worksheetRows(worksheet(model))));
        expect(read && actual(read.file)).toEqual(expected(model));
      }),
      { numRuns: 3000 },
    );
  });

  it('flattened to text as government sites publish it (3,000 cases)', () => {
    fc.assert(
      fc.property(sheetModel, (model) => {
        const read = readTextTable(sheetText(model));
        expect(read && actual(read.file)).toEqual(expected(model));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Cells that exercise the reader's paths: header synonyms, row labels, numbers, dashes, placeholders, noise. */
const cellText = fc.oneof(
  fc.constantFrom('三级指标', '一级指标', '二级指标', '分值', '得分', '年度指标值', '实际完成值', '全年预算数(A)', '年初预算数', '全年执行数(B)', '执行率', '年度资金总额', '其中：本年财政拨款', '总分', '合计', '产出指标(50分)', '数量指标', '服务对象满意度指标', '……', '指标2:', '—', '/', '项目名称', '预期目标', '约91%', '９５％', '评级：优', '(50分)', '||', ''),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -5, max: 200 }).map(String),
);

describe('no input makes the table reader throw', () => {
  it('any grid of cells (2,500 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(cellText, fc.boolean()), { maxLength: 12 }), { maxLength: 30 }), (grid) => {
        const rows: SourceRow[] = grid.map((row, r) => ({ cells: row.map(([text, merged], c) => ({ text, where: `R${r}C${c}`, column: c + 1, ...(merged ? { mergedAbove: true } : {}) })), reliable: true }));
        const reading = readTable(rows);
        expect(() => toProjectFile(reading)).not.toThrow();
      }),
      { numRuns: 2500 },
    );
  });

  it('any text (2,500 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { maxLength: 10 }).map((cells) => cells.join(fc.sample(fc.constantFrom(' | ', '\t', ' ', '\n'), 1)[0] ?? ' ')), { maxLength: 40 }), (lines) => {
        expect(() => readTextTable(lines.join('\n'))).not.toThrow();
      }),
      { numRuns: 2500 },
    );
  });
});
