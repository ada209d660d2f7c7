import { Decimal, NATIONAL_SETTINGS, isInTier, scoreProject, tierRange, type ProjectFile } from '@jixiao/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, findingKeys, load, sampleJson } from '../../test/sample.js';
import { RECOMPUTED_SHEET_NAME, exportSelfEvaluationSheet } from './export-sheet.js';
import { importSelfEvaluationSheet } from './import-sheet.js';

type Json = Record<string, unknown>;

/** Export, re-import with the importer: the project a user gets back from Jixiao's own 自评表. */
async function roundTrip(file: ProjectFile): Promise<ProjectFile> {
  const project = load(file);
  const card = scoreProject(project);
  if (!card) throw new Error('no evaluation');
  const { file: reimported, unplaced } = await importSelfEvaluationSheet(await exportSelfEvaluationSheet(project, card), file.project.region ? { region: file.project.region } : {});
  expect(unplaced).toEqual([]);
  return reimported;
}

/**
 * The sample as far as the 自评表 form can hold it: the form has a 得分 per indicator, the funds
 * block and the total row, but no row for a group's or a dimension's subtotal, no column for the
 * report's wording (与预期目标一致, the prose's statements), 佐证材料 or the 支出明细, and no
 * 实际到位 column.
 */
function formContent(json: Json): Json {
  const { expenses: _expenses, payments: _payments, ...budget } = json.budget as Json;
  const { statements: _statements, ...evaluation } = json.evaluation as Json & { indicators: Json[]; claimed: Json };
  const indicators = evaluation.indicators.map(({ evidence: _evidence, claimed, ...indicator }) => {
    const score = (claimed as Json | undefined)?.score;
    return score === undefined ? indicator : { ...indicator, claimed: { score } };
  });
  const { groups: _groups, dimensions: _dimensions, ...claimed } = evaluation.claimed;
  return { ...json, budget, evaluation: { ...evaluation, indicators, claimed } };
}

/**
 * The same audit after a round trip. A 自评表 names no framework: its printed weights are its
 * framework (table-reader/sheet-framework.ts). Generated weights rarely add up to the national
 * split, so the original is checked per dimension against the framework it declares, the sheet
 * against its own weights: the weight problem is found both times, worded per framework. Every
 * other finding is the same, code, path and values.
 */
function expectSameAudit(original: ProjectFile, reimported: ProjectFile): void {
  const framework = (key: string) => key.startsWith('framework.');
  const before = findingKeys(audit(load(original)));
  const after = findingKeys(audit(load(reimported)));
  expect(after.filter((key) => !framework(key))).toEqual(before.filter((key) => !framework(key)));
  expect(after.some(framework)).toBe(before.some(framework));
}

describe('the exported 自评表 carries the claims', () => {
  it('writes what the unit claimed in 得分 and the total row, and Jixiao’s scores on 重算对照', async () => {
    const project = load(sampleJson());
    const card = scoreProject(project);
    if (!card) throw new Error('no evaluation');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportSelfEvaluationSheet(project, card)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['自评表', RECOMPUTED_SHEET_NAME]);
    const sheet = workbook.getWorksheet('自评表');
    const compared = workbook.getWorksheet(RECOMPUTED_SHEET_NAME);
    if (!sheet || !compared) throw new Error('sheets missing');
    const rowOf = (s: ExcelJS.Worksheet, column: string, value: string) => {
      for (let r = 1; r <= s.rowCount; r++) if (s.getCell(`${column}${r}`).value === value) return r;
      throw new Error(`${value} not found`);
    };
    const execution = rowOf(sheet, 'C', '预算执行率');
    expect(sheet.getCell(`G${execution}`).value).toBe(4.56);
    // The 8 cost items share one claim (产出成本 9.10): none of their own.
    expect(sheet.getCell(`G${rowOf(sheet, 'C', '宣传费')}`).value).toBeNull();
    const total = rowOf(sheet, 'A', '总分');
    expect([sheet.getCell(`G${total}`).value, sheet.getCell(`H${total}`).value]).toEqual([98.66, '评级：优秀']);

    const values = (r: number) => [...'ABCDEFG'].map((c) => compared.getCell(`${c}${r}`).value);
    expect(values(1)).toEqual(['层级', '指标', '分值', '自评得分', '重算得分', '计算过程', '差异（自评 − 重算）']);
    const recomputedExecution = values(rowOf(compared, 'B', '预算执行率'));
    expect(recomputedExecution.slice(0, 5)).toEqual(['三级指标', '预算执行率', 5, 4.56, 4.55]);
    expect(recomputedExecution[5]).toContain('5 × 91.02% = 4.55');
    expect(recomputedExecution[6]).toBeCloseTo(0.01, 10);
    expect(values(rowOf(compared, 'B', '产出成本')).slice(0, 5)).toEqual(['二级指标', '产出成本', 10, 9.1, 8.75]);
    expect(values(rowOf(compared, 'B', '总分')).slice(0, 5)).toEqual(['总分', '总分', 100, 98.66, 98.3]);
    expect(values(rowOf(compared, 'A', '评级')).slice(3, 5)).toEqual(['优秀', '优']);
  });

  it('re-imports the sample to the same audit, for everything the form holds', async () => {
    const original = formContent(sampleJson() as Json) as ProjectFile;
    const before = findingKeys(audit(load(original)));
    // The claims the audit exists to check are still there after the round trip.
    expect(before).toEqual(expect.arrayContaining(['score.mismatch evaluation.indicators[7].claimed.score 4.56 4.55', 'total.mismatch evaluation.claimed.totalScore 98.66 98.3']));
    const reimported = await roundTrip(original);
    expect(findingKeys(audit(load(reimported)))).toEqual(before);
    expect(reimported.evaluation?.claimed).toEqual({ totalScore: '98.66', grade: '优秀' });
  });

  it('re-imports generated self-evaluations to the same audit (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(selfEvaluation(), async (file) => {
      expectSameAudit(file, await roundTrip(file));
    }), { numRuns: 60 });
  });

  it('re-imports generated department evaluations to the same audit (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(departmentEvaluation(), async (file) => {
      expectSameAudit(file, await roundTrip(file));
    }), { numRuns: 40 });
  });
});

const score = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => (n / 100).toString());
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A self-evaluation the form can hold: claims per indicator, in the funds block and the total row. */
function selfEvaluation(): fc.Arbitrary<ProjectFile> {
  const count = fc.record({
    name: fc.constantFrom('培训次数', '督导次数', '覆盖人数', '建设里程', '维修台数'),
    target: fc.integer({ min: 1, max: 500 }),
    actual: fc.integer({ min: 0, max: 800 }),
    unit: fc.constantFrom('次', '人', '公里', '台'),
    weight: fc.integer({ min: 1, max: 30 }),
    claimed: optional(score(30)),
    reason: optional(fc.constantFrom('受疫情影响', '资金未到位')),
  });
  const percent = fc.record({ target: fc.integer({ min: 50, max: 100 }), actual: fc.integer({ min: 0, max: 100 }), weight: fc.integer({ min: 1, max: 20 }), claimed: optional(score(20)) });
  return fc
    .record({
      budget: fc.integer({ min: 1, max: 100_000 }),
      spentShare: fc.integer({ min: 0, max: 120 }),
      execution: fc.record({ weight: fc.integer({ min: 5, max: 15 }), claimed: optional(score(15)) }),
      outputs: fc.uniqueArray(count, { minLength: 1, maxLength: 4, selector: (c) => c.name }),
      satisfaction: percent,
      total: optional(score(100)),
      grade: optional(fc.constantFrom('优', '优秀', '良', '良好', '中', '合格', '差', '不合格')),
    })
    // Amounts in whole 0.01万元 (100 元): the form's precision.
    .map(({ budget, spentShare, execution, outputs, satisfaction, total, grade }) => {
      const budgetYuan = (budget * 100).toString();
      const claimed = (value: string | undefined) => (value === undefined ? {} : { claimed: { score: value } });
      const file: ProjectFile = {
        formatVersion: 1,
        project: { name: '生成的项目', fiscalYear: 2023, unit: { name: '某单位' }, region: { code: '652300', name: '昌吉回族自治州' } },
        budget: { lines: [{ fundSource: 'fiscal', budgetAmount: budgetYuan, receivedAmount: budgetYuan }], spentAmount: (Math.floor((budget * spentShare) / 100) * 100).toString() },
        evaluation: {
          kind: 'selfEvaluation',
          framework: 'self-evaluation-2020',
          indicators: [
            { level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: String(execution.weight), formula: 'executionRate', ...claimed(execution.claimed) },
            ...outputs.map((o) => ({
              level1: 'output',
              level2: 'quantity',
              name: o.name,
              weight: String(o.weight),
              target: `≥${o.target}${o.unit}`,
              actual: `${o.actual}${o.unit}`,
              ...(o.reason ? { deviationReason: o.reason } : {}),
              ...claimed(o.claimed),
            })),
            { level1: 'satisfaction', level2: 'satisfaction', name: '受益群众满意度', weight: String(satisfaction.weight), target: `≥${satisfaction.target}%`, actual: `${satisfaction.actual}%`, ...claimed(satisfaction.claimed) },
          ],
          claimed: { ...(total === undefined ? {} : { totalScore: total }), ...(grade === undefined ? {} : { grade }) },
        },
      };
      return file;
    });
}

const DECISION_ITEMS = [
  ['projectApproval', '立项依据充分性'],
  ['projectApproval', '立项程序规范性'],
  ['performanceGoal', '绩效目标合理性'],
  ['fundInput', '资金分配合理性'],
] as const;

/**
 * A department evaluation (决策/过程/产出/效益) the form can hold: qualitative 决策 items in the tier
 * their claimed score falls in (the form records a score, not a tier), 预算执行率 by formula,
 * counts and costs with claims, a claimed total and grade.
 */
function departmentEvaluation(): fc.Arbitrary<ProjectFile> {
  const qualitative = fc.record({ weight: fc.integer({ min: 1, max: 8 }), share: optional(fc.integer({ min: 0, max: 100 })) });
  return fc
    .record({
      budget: fc.integer({ min: 1, max: 100_000 }),
      spentShare: fc.integer({ min: 0, max: 100 }),
      decision: fc.tuple(qualitative, qualitative, qualitative, qualitative),
      execution: fc.record({ weight: fc.integer({ min: 1, max: 10 }), claimed: optional(score(10)) }),
      count: fc.record({ target: fc.integer({ min: 1, max: 50 }), actual: fc.integer({ min: 0, max: 80 }), weight: fc.integer({ min: 1, max: 20 }), claimed: optional(score(20)) }),
      cost: fc.record({ cap: fc.integer({ min: 1, max: 100 }), spent: fc.integer({ min: 0, max: 250 }), weight: fc.integer({ min: 1, max: 10 }), claimed: optional(score(10)) }),
      total: optional(score(100)),
      grade: optional(fc.constantFrom('优', '优秀', '良', '中', '差')),
    })
    .map(({ budget, spentShare, decision, execution, count, cost, total, grade }) => {
      const budgetYuan = (budget * 100).toString();
      const claimed = (value: string | undefined) => (value === undefined ? {} : { claimed: { score: value } });
      const decisionRows = decision.map(({ weight, share }, i) => {
        const [level2, name] = DECISION_ITEMS[i] ?? DECISION_ITEMS[0];
        if (share === undefined) return { level1: 'decision', level2, name, weight: String(weight) };
        const claim = Decimal.from(((weight * share) / 100).toFixed(2));
        const tier = (['achieved', 'partiallyAchieved', 'notAchieved'] as const).find((t) => isInTier(claim, tierRange(t, Decimal.from(weight), NATIONAL_SETTINGS)));
        return { level1: 'decision', level2, name, weight: String(weight), ...(tier ? { tier } : {}), claimed: { score: claim.normalize().toString() } };
      });
      const file: ProjectFile = {
        formatVersion: 1,
        project: { name: '生成的项目', fiscalYear: 2022, unit: { name: '某单位' }, region: { code: '652300', name: '昌吉回族自治州' } },
        budget: { lines: [{ fundSource: 'fiscal', budgetAmount: budgetYuan, receivedAmount: budgetYuan }], spentAmount: (Math.floor((budget * spentShare) / 100) * 100).toString() },
        evaluation: {
          kind: 'departmentEvaluation',
          framework: 'department-evaluation-2020',
          indicators: [
            ...decisionRows,
            { level1: 'process', level2: 'fundManagement', name: '预算执行率', weight: String(execution.weight), formula: 'executionRate', ...claimed(execution.claimed) },
            { level1: 'output', level2: 'quantity', name: '培训次数', weight: String(count.weight), target: `≥${count.target}次`, actual: `${count.actual}次`, ...claimed(count.claimed) },
            { level1: 'output', level2: 'cost', name: '宣传费', weight: String(cost.weight), target: `≤${cost.cap}万元`, actual: `${cost.spent}万元`, ...claimed(cost.claimed) },
          ],
          claimed: { ...(total === undefined ? {} : { totalScore: total }), ...(grade === undefined ? {} : { grade }) },
        },
      };
      return file;
    });
}
