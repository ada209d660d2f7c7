import { readFileSync } from 'node:fs';
import { auditProject, type ProjectFile } from '@jixiao/core';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chizhouTownshipSheet } from '../../test/chizhou-sheet.js';
import { load, sampleReportText } from '../../test/sample.js';
import { readProjectInput } from '../read-input.js';
import { importSelfEvaluationSheet } from '../self-evaluation-sheet/index.js';
import { readTextTable } from './read-text-table.js';

type Cell = string | number | Date | null | ExcelJS.CellFormulaValue;

/** A workbook with one sheet of these rows (A1 first); formats by address, merges as ranges. */
async function workbook(rows: readonly (readonly Cell[])[], options: { formats?: Record<string, string>; merges?: string[]; before?: string; after?: string } = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  if (options.before) book.addWorksheet(options.before).getCell('A1').value = '填表说明：1.本表由项目单位填写；2.金额单位为万元；3.三级指标、分值、得分由单位自评。';
  const sheet = book.addWorksheet('自评表');
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  for (const [address, format] of Object.entries(options.formats ?? {})) sheet.getCell(address).numFmt = format;
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  if (options.after) {
    const other = book.addWorksheet(options.after);
    other.getCell('A1').value = '三级指标';
    other.getCell('B1').value = '分值';
    other.getCell('C1').value = '得分';
    other.getCell('D1').value = '重算得分';
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const FUNDS_HEADER = ['项目资金（万元）', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'];
const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** A national-form sheet whose cells can be replaced one by one. */
function nationalRows(edit: (rows: Cell[][]) => void = () => undefined): Cell[][] {
  const rows: Cell[][] = [
    ['项目支出绩效自评表（2022年度）'],
    ['项目名称', '禁毒经费', '主管部门', '宣城市公安局', '实施单位', '禁毒支队'],
    FUNDS_HEADER,
    ['年度资金总额', 100, 100, 91, 10, 0.91, 9.1],
    ['其中：本年财政拨款', 100, 100, 91, null, null, null],
    INDICATOR_HEADER,
    ['产出指标', '数量指标', '禁毒宣传场次', '≥10场', '12场', 50, 50, null],
    ['效益指标', '社会效益指标', '群众禁毒意识', '逐步提高', '逐步提高', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 0.95, 10, 10, null],
    ['总分', null, null, null, null, 100, 99.1, '评级：优'],
  ];
  edit(rows);
  return rows;
}

function indicator(file: ProjectFile, name: string) {
  return file.evaluation?.indicators.find((i) => i.name === name);
}

describe('the 池州 township sheet of issue 11', () => {
  it('takes budget and spending from the same rows, reads 达成预期指标 as 达成, and reports the total row’s contradiction', async () => {
    const { file, unplaced, notes } = await importSelfEvaluationSheet(await chizhouTownshipSheet());
    expect(unplaced).toEqual([]);
    expect(file.project).not.toHaveProperty('region');
    expect(file.project.fiscalYear).toBe(2022);
    expect(file.budget.lines).toEqual([{ fundSource: 'fiscal', budgetAmount: '900000', adjustedBudgetAmount: '899740', receivedAmount: '899740' }]);
    expect(file.budget.spentAmount).toBe('899740');
    expect(notes.map((n) => n.reason)).toContainEqual(expect.stringContaining('“年度资金总额”一行为空或为 0，与其中各行（其中：本年财政拨款）矛盾'));
    expect(indicator(file, '经费使用合规性')).toMatchObject({ tier: 'achieved', rule: 'qualitativeTiers', claimed: { score: '15' } });
    expect(indicator(file, '基层治理水平')).toMatchObject({ tier: 'achieved', claimed: { score: '14' } });
    // A typed 100% and 95% are stored 1 and 0.95 with a percent format.
    expect(indicator(file, '资金支付及时率')?.actual).toBe('100%');
    expect(indicator(file, '群众满意度')?.actual).toBe('95%');
    const report = auditProject(load(file));
    expect(report?.card.totalScore.normalize().toString()).toBe('99');
    expect(report?.card.grade.label).toBe('优');
    expect(report?.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
      ['sum.fundRows', 'budget.fundRows[0].budgetAmount'],
      ['sum.fundRows', 'budget.fundRows[0].adjustedBudgetAmount'],
      ['sum.fundRows', 'budget.fundRows[0].spentAmount'],
    ]);
  });
});

describe('cells as Excel means them', () => {
  it('a formula gives its cached result; one without a result is listed as unreadable, never dropped', async () => {
    const bytes = await workbook(
      nationalRows((rows) => {
        (rows[6] as Cell[])[6] = { formula: 'F7', result: 50 };
        (rows[7] as Cell[])[6] = { formula: 'F8*1' } as ExcelJS.CellFormulaValue;
      }),
    );
    const { file, unplaced } = await importSelfEvaluationSheet(bytes);
    expect(indicator(file, '禁毒宣传场次')?.claimed?.score).toBe('50');
    expect(indicator(file, '群众禁毒意识')?.claimed).toBeUndefined();
    expect(unplaced).toEqual([expect.objectContaining({ where: '自评表!G8', reason: expect.stringContaining('公式“=F8*1”没有保存计算结果') as string })]);
  });

  it('a weight merged over two rows is one weight: the second row is listed, not counted again', async () => {
    const bytes = await workbook(
      nationalRows((rows) => {
        rows.splice(7, 0, ['产出指标', '数量指标', '禁毒培训人次', '≥100人次', '120人次', null, 0, null]);
        (rows[6] as Cell[])[5] = 50;
      }),
      { merges: ['F7:F8'] },
    );
    const { file, unplaced } = await importSelfEvaluationSheet(bytes);
    expect(file.evaluation?.indicators.filter((i) => i.level1 === 'output').map((i) => [i.name, i.weight])).toEqual([['禁毒宣传场次', '50']]);
    expect(unplaced).toEqual([expect.objectContaining({ where: '自评表!F8', reason: expect.stringContaining('分值与上一行合并为一个分值') as string })]);
  });

  it('项目资金（元） means 元; full-width digits and 约 are read, the approximation noted; blank or — spending is absent, not 0', async () => {
    const bytes = await workbook(
      nationalRows((rows) => {
        rows[2] = ['项目资金（元）', ...FUNDS_HEADER.slice(1)];
        rows[3] = ['年度资金总额', 1_000_000, 1_000_000, 910_000, 10, null, '９．１'];
        rows[4] = ['其中：本年财政拨款', 1_000_000, 1_000_000, '—', null, null, null];
        (rows[6] as Cell[])[4] = '１２场';
        (rows[8] as Cell[])[4] = '约91%';
      }),
    );
    const { file, notes } = await importSelfEvaluationSheet(bytes);
    expect(file.budget.lines).toEqual([{ fundSource: 'fiscal', budgetAmount: '1000000', receivedAmount: '1000000' }]);
    expect(file.budget.spentAmount).toBe('910000');
    expect(file.budget.fundRows?.[1]).not.toHaveProperty('spentAmount');
    expect(indicator(file, '预算执行率')?.claimed?.score).toBe('9.1');
    expect(indicator(file, '禁毒宣传场次')?.actual).toBe('１２场');
    expect(indicator(file, '群众满意度')?.actual).toBe('91%');
    expect(notes.map((n) => n.reason)).toContainEqual('“群众满意度”的“约91%”是约数，按 91% 读入');
    expect(auditProject(load(file))?.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a 填表说明 sheet in front does not hide the table; Jixiao’s 重算对照 sheet and 重算得分 column are never claims', async () => {
    const bytes = await workbook(
      nationalRows((rows) => {
        rows[5] = [...INDICATOR_HEADER, '重算得分'];
        (rows[6] as Cell[])[8] = 40;
      }),
      { before: '填表说明', after: '重算对照' },
    );
    const { file, notes } = await importSelfEvaluationSheet(bytes);
    expect(indicator(file, '禁毒宣传场次')?.claimed?.score).toBe('50');
    expect(notes.map((n) => n.reason)).toEqual(expect.arrayContaining(['工作表“重算对照”是 Jixiao 的重算结果，不作为自评数据读入', '“重算得分”是 Jixiao 的重算结果，不作为自评得分读入']));
  });
});

describe('what a sheet states about itself', () => {
  it('dates read as written; a sum written out in the goals and a 总分 off its parts are findings', async () => {
    const bytes = await workbook(
      nationalRows((rows) => {
        rows.splice(5, 0, ['年度总体目标', '预期目标', null, null, '实际完成情况'], [null, '完成禁毒宣传。', null, null, '自评得分 99.1=9.1+50+30+10']);
        rows.splice(9, 0, ['产出指标', '时效指标', '宣传完成时间', '2022年12月31日前', new Date(Date.UTC(2022, 10, 30)), 0, 0, null]);
        (rows[12] as Cell[])[6] = 98;
      }),
    );
    const { file } = await importSelfEvaluationSheet(bytes);
    expect(indicator(file, '宣传完成时间')?.actual).toBe('2022年11月30日');
    expect(file.project.goals).toEqual({ overall: '完成禁毒宣传。', outcome: '自评得分 99.1=9.1+50+30+10' });
    expect(file.evaluation?.claimed).toMatchObject({ totalScore: '98', statedSums: [{ text: '99.1=9.1+50+30+10', total: '99.1', parts: ['9.1', '50', '30', '10'] }] });
    const codes = auditProject(load(file))?.findings.map((f) => f.code);
    expect(codes).toContain('sum.indicatorClaims');
    expect(codes).not.toContain('sum.stated');
  });
});

describe('layouts by header synonyms', () => {
  it('the 四川 form: 调整后预算数 / 预算执行数 / 权重, 指标性质 + 指标值 + 度量单位, rows 总额 / 财政专户管理资金 / 单位资金 — its own weights, no false weight error', async () => {
    const bytes = await workbook([
      ['部门预算项目支出绩效自评表(2023年度)'],
      ['项目名称', '工资性支出', '主管部门', '青神县发展和改革局'],
      ['年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
      ['总额', 238.93, 251.89, 251.89, 1, 10, 10, null],
      ['其中:财政资金', 238.93, 251.89, 251.89, 1, '/', '/', null],
      ['财政专户管理资金', 0, 0, 0, 0, '/', '/', null],
      ['单位资金', 0, 0, 0, 0, '/', '/', null],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', '100%', 60, 60, null],
      ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', '100%', 30, 30, null],
      ['合计', null, null, null, null, null, null, 100, 100, null],
    ]);
    const { file, notes } = await importSelfEvaluationSheet(bytes);
    expect(file.budget.lines.map((l) => [l.fundSource, l.budgetAmount, l.adjustedBudgetAmount])).toEqual([
      ['fiscal', '2389300', '2518900'],
      ['other', '0', undefined],
      ['other', '0', undefined],
    ]);
    expect(file.budget.spentAmount).toBe('2518900');
    expect(file.evaluation?.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.claimed?.score])).toEqual([
      ['预算执行率', undefined, undefined, '10', '10'],
      ['发放(缴纳)覆盖率', '=100%', '100%', '60', '60'],
      ['足额保障率(参保率)', '=100%', '100%', '30', '30'],
    ]);
    expect(notes.map((n) => n.reason)).toContainEqual(expect.stringContaining('产出指标 60 分'));
    const report = auditProject(load(file));
    expect(report?.findings.filter((f) => f.code === 'framework.weights' || f.severity === 'error')).toEqual([]);
    expect(report?.card.totalScore.normalize().toString()).toBe('100');
  });

  it('a Word table is read from its XML structure (merged cells, vertical merges), not as flattened prose', async () => {
    const cell = (text: string, extra: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) => new TableCell({ children: [new Paragraph(text)], ...extra });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const table = new Table({
      rows: [
        row(cell('项目名称'), cell('禁毒经费', { columnSpan: 3 })),
        row(...FUNDS_HEADER.slice(0, 6).map((t) => cell(t))),
        row(cell('年度资金总额'), cell('100'), cell('100'), cell('91'), cell('10'), cell('91%')),
        row(...INDICATOR_HEADER.slice(0, 7).map((t) => cell(t))),
        row(cell('产出指标', { verticalMerge: 'restart' }), cell('数量指标'), cell('禁毒宣传场次'), cell('≥10场'), cell('12场'), cell('50'), cell('50')),
        row(cell('', { verticalMerge: 'continue' }), cell('质量指标'), cell('案件办结率'), cell('≥90%'), cell('95%'), cell('40'), cell('40')),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('项目支出绩效自评表（2021年度）'), table] }] });
    const result = await readProjectInput(new Uint8Array(await Packer.toBuffer(doc)), '自评表.docx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.source).toBe('docx');
    expect(result.file.project).toMatchObject({ name: '禁毒经费', fiscalYear: 2021 });
    expect(result.file.evaluation?.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.claimed?.score])).toEqual([
      ['budgetExecution', 'budgetExecution', '预算执行率', '10', undefined],
      ['output', 'quantity', '禁毒宣传场次', '50', '50'],
      ['output', 'quality', '案件办结率', '40', '40'],
    ]);
  });

  it('an evaluation report that holds a scoring table is still read as the report it is', async () => {
    const table = new Table({ rows: [new TableRow({ children: INDICATOR_HEADER.slice(0, 7).map((t) => new TableCell({ children: [new Paragraph(t)] })) })] });
    const doc = new Document({ sections: [{ children: [...sampleReportText().split('\n').map((line) => new Paragraph(line)), table] }] });
    const result = await readProjectInput(new Uint8Array(await Packer.toBuffer(doc)), '报告.docx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.evaluation?.indicators).toHaveLength(28);
  });

  it('flattened text as published (one cell per line, empty cells as a bare “|”) is read as a table, not as a report', async () => {
    const text = readFileSync(new URL('../../../../../shared/domain/corpus/raw/05-anhui-suixi-linshijiuzhu-2019.txt', import.meta.url), 'utf8');
    const result = await readProjectInput(new TextEncoder().encode(text), '05.txt');
    if (!result.ok) throw new Error(result.error.message);
    const special = result.file.evaluation?.indicators.find((i) => i.name.startsWith('★★★特困人员'));
    expect(special).toMatchObject({ target: '>=4754人', actual: '4604人', weight: '5', claimed: { score: '5' }, deviationReason: '特困人员实行动态管理' });
    const findings = auditProject(load(result.file))?.findings ?? [];
    expect(findings.find((f) => f.path.endsWith('claimed.score') && f.message.includes('特困人员救助供养人数'))?.computed?.toString()).toBe('4.84');
  });
});

describe('a table whose cells ran together or came out of order', () => {
  it('is read where evidence places a value and lists the rest with why, instead of being refused or guessed', async () => {
    const text = readFileSync(new URL('../../../../../shared/domain/corpus/raw/23-sichuan-zhongjiang-shuibiaochi-2022.txt', import.meta.url), 'utf8');
    const result = await readProjectInput(new TextEncoder().encode(text), '23.txt');
    if (!result.ok) throw new Error(result.error.message);
    // “项目(工程)验收合格率20100%100%20”: only 20 | 100% | 100% | 20 fits 分值 / 年度指标值 / 全年实际值 / 得分 with 产出 adding up to its 70 points.
    expect(result.file.evaluation?.indicators.find((i) => i.name === '项目(工程)验收合格率')).toMatchObject({ weight: '20', target: '100%', actual: '100%', claimed: { score: '20' } });
    expect(result.notes.some((n) => n.text === '20100%100%20' && n.reason.includes('只有一种拆法'))).toBe(true);
    // “202010100.00%10” is 20 | 20 | 10 | 100.00% | 10 or 2020 | 10 | 100.0 | 0% | 10: both fit, so neither is read.
    expect(result.file.budget.fundRows ?? []).toEqual([]);
    // The planned and achieved goals run into one text: listed as the goals' text, not split by guess.
    expect(result.unplaced.find((u) => u.text.startsWith('对农村地区供水'))?.reason).toContain('分不出预期目标与实际完成情况');
    expect(result.unplaced.find((u) => u.text.startsWith('年度资金总额'))?.reason).toMatch(/2 种读法.*全年预算数 20 \| 全年执行数 20 \| 分值 10 \| 执行率 100\.00% \| 得分 10/);
  });

  it('values a scrambled page put apart from their names are listed, not paired by order', async () => {
    const text = readFileSync(new URL('../../../../../shared/domain/corpus/raw/09-shanxi-jishan-yibao-peitao-2020.txt', import.meta.url), 'utf8');
    const result = await readProjectInput(new TextEncoder().encode(text), '09.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.evaluation?.indicators.map((i) => i.name)).toEqual(['指标1:资金是否全部纳入医保统筹']);
    expect(result.unplaced.find((u) => u.text.startsWith('65.66 65.07'))?.reason).toContain('无法按证据配对到行');
    expect(result.unplaced.find((u) => u.text === '8676 15 13')?.reason).toContain('前没有三级指标名称');
  });
});

describe('an execution score without a 分值 column', () => {
  it('is listed as out of points the table does not state, not noted as a repeat of another row', () => {
    const text = [
      '项目名称 | 服务贸易发展资金',
      '资金情况（万元） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分（20分*执行率）',
      '年度财政资金总额 | 285.84 | 285.84 | 100% | 20',
      '一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 分值 | 得分',
      '产出指标 | 数量指标 | 服务外包企业数量 | 3 | 3 | 10 | 10',
    ].join('\n');
    const read = readTextTable(text);
    expect(read?.unplaced.find((u) => u.text === '年度财政资金总额 20')?.reason).toContain('资金表头没有分值一栏');
    expect(read?.notes.some((n) => n.reason.includes('重复了预算执行率'))).toBe(false);
    expect(read?.file.evaluation?.indicators.some((i) => i.level1 === 'budgetExecution')).toBe(false);
  });
});
