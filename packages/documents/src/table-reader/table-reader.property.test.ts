import type { ProjectFile } from '@jixiao/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { sheetModel, sheetRows, sheetRunTogether, sheetSpaced, sheetText, sheetWorkbook, type SheetModel } from '../../test/generated-sheet.js';
import { importSelfEvaluationSheet } from '../self-evaluation-sheet/index.js';
import type { SourceRow } from './cell.js';
import { readStream } from './read-stream.js';
import { readTable } from './read-table.js';
import { readTextTable } from './read-text-table.js';
import { toProjectFile } from './to-project-file.js';
import { worksheetRows } from './xlsx-rows.js';

// Thousands of generated cases on two cores shared by parallel suites: the default 30 s is not a speed bound here (a full run measured 31 s).
vi.setConfig({ testTimeout: 180_000 });

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

/** Every value the reader took from a run-together sheet that is not what the sheet says (none may be). */
function misread(model: SheetModel, file: ProjectFile): string[] {
  const wrong: string[] = [];
  const want = expected(model);
  const byName = new Map(want.indicators.map((row) => [row[2], row]));
  for (const row of actual(file).indicators) {
    const model = byName.get(row[2]);
    if (!model) wrong.push(`不存在的指标 ${String(row[2])}`);
    // Target, actual and claim are compared where read (a row may be read without them).
    else row.forEach((value, k) => {
      if (value !== undefined && value !== model[k]) wrong.push(`${String(row[2])}[${k}] ${String(value)} ≠ ${String(model[k])}`);
    });
  }
  const printed = { budgetAmount: yuan(model.funds.budget), adjustedBudgetAmount: yuan(model.funds.adjusted), spentAmount: yuan(model.funds.spent) };
  for (const row of file.budget.fundRows ?? []) {
    for (const field of ['budgetAmount', 'adjustedBudgetAmount', 'spentAmount'] as const) if (row[field] !== undefined && Number(row[field]) !== Number(printed[field])) wrong.push(`${row.label} ${field} ${row[field]} ≠ ${printed[field]}`);
  }
  if (want.totalScore !== undefined && file.evaluation?.claimed?.totalScore !== undefined && Number(file.evaluation.claimed.totalScore) !== Number(want.totalScore)) wrong.push(`总分 ${file.evaluation.claimed.totalScore} ≠ ${want.totalScore}`);
  return wrong;
}

/**
 * Sheets that keep the rules the splitting relies on, as real forms do: points add up to at most
 * 100 and no claim exceeds its points (a sheet breaking them may be split wrongly — that is what
 * the constraints assume).
 */
const constrainedSheet = sheetModel.map((model) => {
  let points = model.funds.weight;
  const indicators = model.indicators.filter((i) => (points += i.weight) <= 100);
  const first = model.indicators[0] as SheetModel['indicators'][number];
  const kept = indicators.length > 0 ? indicators : [{ ...first, weight: 1, ...(first.score === undefined ? {} : { score: Math.min(first.score, 1) }) }];
  const weights = kept.reduce((sum, i) => sum + i.weight, model.funds.weight);
  return { ...model, indicators: kept, ...(model.total === undefined ? {} : { total: Math.min(model.total, weights) }) };
});

describe('a generated sheet whose cells ran together is read only where one split fits', () => {
  it('every value read is the sheet’s own; the rest is listed (1,000 cases)', () => {
    let read = 0;
    fc.assert(
      fc.property(constrainedSheet, (model) => {
        const result = toProjectFile(readStream(sheetRunTogether(model)), {}, true);
        if (!result) throw new Error('nothing returned');
        expect(misread(model, result.file)).toEqual([]);
        read += (result.file.evaluation?.indicators ?? []).filter((i) => i.level1 !== 'budgetExecution').length;
      }),
      { numRuns: 1000 },
    );
    // Not a vacuous pass: most rows of most sheets split one way only.
    expect(read).toBeGreaterThan(1000);
  });
});

describe('a generated sheet flattened to words between spaces, read as a stream', () => {
  it('every value read is the sheet’s own (1,000 cases)', () => {
    let read = 0;
    fc.assert(
      fc.property(constrainedSheet, (model) => {
        const result = toProjectFile(readStream(sheetSpaced(model)), {}, true);
        if (!result) throw new Error('nothing returned');
        expect(misread(model, result.file)).toEqual([]);
        read += (result.file.evaluation?.indicators ?? []).filter((i) => i.level1 !== 'budgetExecution').length;
      }),
      { numRuns: 1000 },
    );
    expect(read).toBeGreaterThan(1000);
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

  it('any stream of words and run-together digits, read as a page that lost its cells (3,000 cases)', () => {
    const piece = fc.oneof(cellText, fc.stringMatching(/^[0-9.%≥万元]{1,30}$/), fc.constantFrom('年度资金总额:202010100.00%10', '项目(工程)验收合格率20100%100%20', '指标1:居民健康档案', '(50分', ')', '施', '(A)'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(' ', ''), (pieces, separator) => {
        expect(() => toProjectFile(readStream(pieces.join(separator)), {}, true)).not.toThrow();
      }),
      { numRuns: 3000 },
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
