import { auditProject, scoreProject, type ScoreCard } from '@jixiao/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { load, normaliseNumbers, sampleJson, sampleProject } from '../../test/sample.js';
import { exportSelfEvaluationSheet, importSelfEvaluationSheet } from './index.js';

function card(project = sampleProject()): ScoreCard {
  const scored = scoreProject(project);
  if (!scored) throw new Error('no evaluation');
  return scored;
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('自评表');
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function cellValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exportSelfEvaluationSheet', () => {
  it('writes the standard form: header, funds in 万元, goals, indicator rows, total; merged, formatted, A4 fit to width', async () => {
    const sheet = await open(await exportSelfEvaluationSheet(sampleProject(), card()));
    expect(sheet.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('H1').isMerged).toBe(true);
    expect(sheet.getCell('B3').value).toBe('综治工作经费');
    expect(sheet.getCell('F4').value).toBe('昌吉州党委政法委');
    expect([sheet.getCell('B6').value, sheet.getCell('D6').value, sheet.getCell('E6').value]).toEqual(['年度资金总额', 100, 91.02]);
    expect(sheet.getCell('E6').numFmt).toBe('0.00');
    expect(sheet.getCell('G6').value).toBeCloseTo(0.9102, 10);
    expect([...'ABCDEFGH'].map((c) => sheet.getCell(`${c}12`).value)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    const execution = [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].find((r) => sheet.getCell(`C${r}`).value === '预算执行率') ?? 0;
    expect(sheet.getCell(`G${execution}`).value).toBe(4.56);
    expect(sheet.getCell(`F${execution}`).numFmt).toBe('0.00');
    // 一级指标 merged over its rows: 决策 has six indicators.
    expect(sheet.getCell('A13').value).toBe('决策');
    expect(sheet.getCell('A18').isMerged).toBe(true);
    const total = 13 + 28;
    expect([sheet.getCell(`A${total}`).value, sheet.getCell(`F${total}`).value, sheet.getCell(`G${total}`).value, sheet.getCell(`H${total}`).value]).toEqual(['总分', 100, 98.66, '评级：优秀']);
    expect(sheet.getCell(`G${total}`).border?.bottom?.style).toBe('thin');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '12:12' });
  });

  it('round-trips: a Jixiao sheet re-imports to the same data and re-exports cell for cell', async () => {
    const original = sampleProject();
    const first = await exportSelfEvaluationSheet(original, card(original));
    const { file, unplaced } = await importSelfEvaluationSheet(first);
    expect(unplaced).toEqual([]);
    const json = normaliseNumbers(sampleJson()) as { project: Record<string, unknown>; budget: { lines: unknown; spentAmount: string }; evaluation: { indicators: Record<string, unknown>[] } };
    expect(file.project).toMatchObject({ name: json.project.name, fiscalYear: json.project.fiscalYear, unit: json.project.unit, region: json.project.region, goals: json.project.goals });
    expect(normaliseNumbers(file.budget.lines)).toEqual(json.budget.lines);
    expect(file.budget.spentAmount).toBe(json.budget.spentAmount);
    const pick = (i: Record<string, unknown>) => [i.level1, i.level2, i.name, i.weight, i.target, i.actual, i.deviationReason, i.formula];
    expect((normaliseNumbers(file.evaluation?.indicators) as Record<string, unknown>[]).map(pick)).toEqual(json.evaluation.indicators.map(pick));
    // The sheet carries the unit's claims, not the recomputed scores (those are on 重算对照).
    expect(file.evaluation?.indicators.map((i) => i.claimed?.score)).toEqual(original.evaluation?.indicators.map((i) => i.claimed?.score?.normalize().toString()));
    expect(file.evaluation?.claimed).toEqual({ totalScore: '98.66', grade: '优秀' });

    const reimported = load(file);
    const again = await exportSelfEvaluationSheet(reimported, card(reimported));
    expect(cellValues(await open(again))).toEqual(cellValues(await open(first)));
    // The claims survive: the re-imported sheet still audits the 4.56 and the 98.66.
    expect(auditProject(reimported)?.findings.filter((f) => f.code === 'score.mismatch' || f.code === 'total.mismatch').map((f) => f.path)).toEqual(['evaluation.indicators[7].claimed.score', 'evaluation.claimed.totalScore']);
  });
});

/** A unit's own sheet shaped like the published 中江县 table: shifted, merged, other column names. */
async function unitSheet(options: { place?: string; badTarget?: boolean; badWeight?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').getCell('A1').value = '说明';
  const sheet = workbook.addWorksheet('自评表');
  sheet.getCell('B2').value = '绩效目标自评表(2022年度)';
  sheet.getCell('B3').value = '项目名称';
  sheet.mergeCells('C3:E3');
  sheet.getCell('C3').value = '小型水库水标尺制作安装项目';
  sheet.getCell('B4').value = '主管部门';
  sheet.getCell('C4').value = `${options.place ?? '昌吉市'}水利局`;
  sheet.getCell('D4').value = '实施单位';
  sheet.getCell('E4').value = `${options.place ?? '昌吉市'}水利局`;
  ['资金情况(万元)', '', '年初预算数', '调整后预算数', '全年执行数(B)', '分值', '执行率(B/A)', '得分'].forEach((v, i) => (sheet.getCell(6, 2 + i).value = v));
  ['', '年度资金总额：', 20, 20, 20, 10, 1, 10].forEach((v, i) => (sheet.getCell(7, 2 + i).value = v));
  ['', '其中：本年财政拨款', 20, 20, 20].forEach((v, i) => (sheet.getCell(8, 2 + i).value = v));
  sheet.getCell('B10').value = '年初设定目标';
  sheet.getCell('B11').value = '对农村地区供水计量设施设备进行改进';
  const header = ['一级指标', '二级指标', '三级指标', '指标性质', '年初目标值', '度量单位', '完成值', '权重', '得分', '未完成原因及拟采取的改进措施'];
  header.forEach((v, i) => (sheet.getCell(13, 2 + i).value = v));
  const rows: (string | number)[][] = [
    ['产出指标(70分)', '数量指标', '安装坡面水标尺', '≥', options.badTarget ? '二百六十六' : 266, '米', '266', options.badWeight ? '十' : 10, 10, ''],
    ['', '', '水标尺宽度', '≥', 50, '厘米', '50', 10, 10, ''],
    ['', '质量指标', '项目(工程)验收合格率', '=', '100%', '', '100%', 20, 20, ''],
    ['', '时效指标', '及时(按期)完工率', '≥', '90%', '', '≥90%', 10, 10, ''],
    ['', '成本指标', '项目计划总投资', '≤', '20万元', '', '20万元', 20, 20, ''],
    ['效益指标(20分)', '社会效益指标', '群众生产生活条件改善状况', '', '显著提升', '', '显著提升', 20, 20, ''],
    ['满意度指标(10分)', '服务对象满意度指标', '受益脱贫户满意度', '≥', '95%', '', '96%', 10, 10, '无'],
    ['……', '', '', '', '', '', '', '', '', ''],
    ['总分', '', '', '', '', '', '', 100, 100, ''],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(14 + r, 2 + c).value = v === '' ? null : v)));
  sheet.mergeCells('B14:B18');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('importSelfEvaluationSheet on a unit’s own sheet', () => {
  it('finds shifted headers and column variants (指标性质, 度量单位, 权重, 完成值, 调整后预算数)', async () => {
    const { file, unplaced } = await importSelfEvaluationSheet(await unitSheet());
    expect(unplaced).toEqual([]);
    expect(file.project).toMatchObject({ name: '小型水库水标尺制作安装项目', fiscalYear: 2022, supervisingDepartment: '昌吉市水利局', unit: { name: '昌吉市水利局' }, goals: { overall: '对农村地区供水计量设施设备进行改进' } });
    expect(file.budget).toMatchObject({ lines: [{ fundSource: 'fiscal', budgetAmount: '200000', receivedAmount: '200000' }], spentAmount: '200000' });
    // The sheet's own weights (产出 70 / 效益 20 / 满意度 10 + 执行 10), not the national 50/30/10 that gave false weight errors.
    expect(file.evaluation?.framework).toMatchObject({ basedOn: 'self-evaluation-2020', dimensions: [{ id: 'budgetExecution', weight: '10' }, { id: 'output', weight: '70' }, { id: 'benefit', weight: '20' }, { id: 'satisfaction', weight: '10' }] });
    const rows = file.evaluation?.indicators.map((i) => [i.level1, i.level2, i.name, i.target ?? '', i.actual ?? '', i.weight, i.claimed?.score]);
    expect(rows).toEqual([
      ['budgetExecution', 'budgetExecution', '预算执行率', '', '', '10', '10'],
      ['output', 'quantity', '安装坡面水标尺', '≥266米', '266米', '10', '10'],
      ['output', 'quantity', '水标尺宽度', '≥50厘米', '50厘米', '10', '10'],
      ['output', 'quality', '项目(工程)验收合格率', '=100%', '100%', '20', '20'],
      ['output', 'timeliness', '及时(按期)完工率', '≥90%', '≥90%', '10', '10'],
      ['output', 'cost', '项目计划总投资', '≤20万元', '20万元', '20', '20'],
      ['benefit', 'social', '群众生产生活条件改善状况', '显著提升', '显著提升', '20', '20'],
      ['satisfaction', 'satisfaction', '受益脱贫户满意度', '≥95%', '96%', '10', '10'],
    ]);
    expect(file.evaluation?.claimed).toEqual({ totalScore: '100' });
    // The audit sees the actual written as a target (≥90%).
    const report = auditProject(load(file));
    expect(report?.findings.some((f) => f.code === 'indicator.actualWrittenAsTarget')).toBe(true);
  });

  it('reports every unreadable cell with sheet and address', async () => {
    const { unplaced, file } = await importSelfEvaluationSheet(await unitSheet({ badTarget: true, badWeight: false }));
    expect(unplaced).toEqual([expect.objectContaining({ where: '自评表!F14', text: '≥二百六十六' })]);
    expect(file.evaluation?.indicators.find((i) => i.name === '安装坡面水标尺')?.target).toBe('≥二百六十六');
    const weight = await importSelfEvaluationSheet(await unitSheet({ badWeight: true }));
    expect(weight.unplaced).toEqual([expect.objectContaining({ where: '自评表!I14', text: '十' })]);
    expect(weight.file.evaluation?.indicators.some((i) => i.name === '安装坡面水标尺')).toBe(false);
  });

  it('reads a sheet of another place without a region (asked for only when stored), or with the one given', async () => {
    const bytes = await unitSheet({ place: '中江县' });
    expect((await importSelfEvaluationSheet(bytes)).file.project.region).toBeUndefined();
    const { file } = await importSelfEvaluationSheet(bytes, { region: { code: '510623', name: '中江县' } });
    expect(file.project.region?.code).toBe('510623');
  });
});
