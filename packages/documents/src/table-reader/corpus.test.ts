import { beforeAll, describe, expect, it } from 'vitest';
import { checkValues, readCorpus, type CorpusRead } from '../../test/corpus.js';

/**
 * The corpus acceptance of issue 11: each published table's raw text, read as a user's upload,
 * against its hand transcription (every value) and its expectedFindings. Each expected finding is
 * given a test of what the audit or the reader says — or `null` where no tool could know it from
 * the table (a project's scope, a page's date, a judgement of classification). A finding the tool
 * should know but does not is a failed test here, counted, not hidden.
 */
type Expectation = ((read: CorpusRead) => boolean) | null;

const mismatch = (name: string, computed?: string) => (r: CorpusRead) =>
  r.findings.some((f) => f.code === 'score.mismatch' && f.message.includes(name) && (computed === undefined || f.computed?.toString() === computed));
const has = (code: string, part = '') => (r: CorpusRead) => r.findings.some((f) => f.code === code && (f.message.includes(part) || f.path.includes(part)));
const none = (code: string, part = '') => (r: CorpusRead) => r.file !== undefined && !has(code, part)(r);
const noted = (part: string) => (r: CorpusRead) => r.notes.some((n) => n.reason.includes(part));
const all = (...tests: ((r: CorpusRead) => boolean)[]) => (r: CorpusRead) => tests.every((t) => t(r));
const executionWithoutClaim = (weight: string) => (r: CorpusRead) => r.file?.evaluation?.indicators.some((i) => i.level1 === 'budgetExecution' && i.weight === weight && i.claimed === undefined) === true;
const notScoredCount = (count: number) => (r: CorpusRead) => r.findings.filter((f) => f.code === 'indicator.notScored').length >= count;
const noPlaceholder = (r: CorpusRead) => r.file !== undefined && !(r.file.evaluation?.indicators ?? []).some((i) => /^(?:…+|指标\d*[:：]?\/?)$/.test(i.name));
const missed = () => false;
/** Met dates ("9月前" against "7月") are read as dates and scored: nothing above info is said of the 验收时间 rows. */
const datesMet = (r: CorpusRead) =>
  (r.file?.evaluation?.indicators ?? []).filter((i) => i.name.includes('验收时间')).length === 2 && !r.findings.some((f) => f.severity !== 'info' && f.message.includes('验收时间'));

const EXPECTED: Readonly<Record<string, readonly Expectation[]>> = {
  '02-sichuan-qingshen-gongzi-2023': [executionWithoutClaim('10'), notScoredCount(2), none('framework.weights'), noted('表格自带的填写说明'), none('sum.fundRate'), noted('年中调整了预算（年初 238.93万元 → 调整后 251.89万元），原因一栏只有表格自带的说明')],
  '05-anhui-suixi-linshijiuzhu-2019': [mismatch('特困人员救助供养人数', '4.84'), mismatch('扶贫临时救助标准', '9.09'), noted('名称中的比较符“<”与年度指标值“<=5300元/户”的“<=”不一致'), noted('重复了预算执行率的分值/得分'), null, none('framework.weights')],
  '06-yunnan-linxiang-maluken-2023': [has('sum.fundRateRounding', '截断'), mismatch('预算执行率', '9.78'), noted('重复了预算执行率的分值/得分'), (r) => r.file !== undefined && !r.findings.some((f) => f.message.includes('项目完工时限')), none('framework.weights'), null],
  '08-shanxi-jishan-gonggongweisheng-2021': [
    missed, // 指标1's 38508人 stands alone: 指标值 or 完成值, the page does not say (listed)
    none('score.mismatch', '指标8:适龄儿童疫苗接种率'), // 1.9 for 1.946 is one-decimal rounding, not a discrepancy
    all(mismatch('指标12:孕产妇7天访视数', '1.90'), mismatch('指标13:孕产妇42天访视数', '1.90')),
    mismatch('指标14:早孕建册数', '1.15'),
    all(none('score.mismatch', '指标15:老年人体检数'), none('score.mismatch', '指标22:老年人中医药规范管理数')), // 1.4 for 1.43: rounding
    mismatch('指标16:高血压规范管理数', '1.69'),
    mismatch('指标17:高血压随访控制数', '1.69'),
    mismatch('指标18:糖尿病规范管理数', '1.61'),
    mismatch('指标19:糖尿病随访控制数', '1.58'),
    mismatch('指标20:严重精神障碍患者管理数', '1.97'),
    mismatch('指标23:0-36月龄中医药规范管理数', '1.25'),
    missed, // 指标24 and 指标25 share one group of values (listed)
    all(mismatch('指标12:孕产妇7天访视数', '1.90'), mismatch('指标16:高血压规范管理数', '1.69'), mismatch('指标23:0-36月龄中医药规范管理数', '1.25')), // recomputed, not trusted, whichever way each claim is off
    missed, // the funds values stand apart from their rows (listed)
    missed, // 指标2's “不少于12 种” runs into its neighbours' values (listed)
  ],
  '09-shanxi-jishan-yibao-peitao-2020': [missed, missed, missed, missed, missed, missed, null, missed],
  '12-unknown-qu-shangwu-fuwumaoyi-2020': [missed, missed, missed, missed, missed, null],
  '14-guizhou-suiyang-taibai-zhengti-2021': [has('budget.spentExceedsReceived'), missed, has('budget.fundRowOverspent', '项目支出'), noted('只计一次'), none('sum.fundRows'), executionWithoutClaim('10')],
  '15-anhui-xuancheng-gongan-jindu-2021': [none('score.mismatch', '预算执行率'), none('score.mismatch', '毛发检查试剂数量'), (r) => r.file?.evaluation?.indicators.some((i) => i.name.includes('禁毒舞台剧') && i.level1 === 'output') === true, noPlaceholder, (r) => r.file !== undefined && !r.findings.some((f) => f.severity === 'error')],
  '16-anhui-tianchang-shuili-fangyu-2022': [none('score.mismatch', '预算执行率'), notScoredCount(6), noted('“指标1:年度资金支付完成率100%”的指标值写在了名称里'), null, all(none('sum.indicatorClaims'), none('framework.weights')), noPlaceholder],
  '19-anhui-jinzhai-chagu-zhengti-2023': [has('budget.spentExceedsReceived'), executionWithoutClaim('10'), none('sum.fundRate'), has('target.upperBoundOnQuantity', '开展精品示范村建设数量'), noted('产出指标 60 分'), datesMet],
  '20-ningxia-yinchuan-liuzhong-gongyong-2021': [missed, missed, missed, missed, missed, null, missed, missed],
  '21-hunan-lingling-linye-zhengti-2021': [all(has('sum.fundRate'), mismatch('预算执行率', '8.04')), mismatch('木材销售收入', '5.96'), mismatch('林产品收入', '5.65'), none('sum.fundRows'), none('framework.weights', 'dimensions[output]'), has('target.moneyUnitMissing', '每亩300')],
  '23-sichuan-zhongjiang-shuibiaochi-2022': [missed, missed, has('indicator.actualWrittenAsTarget', '安装坡面水标尺'), missed, noted('只有一种拆法')],
  '24-hubei-ezhou-shiminzhongxin-2021': [
    all(has('framework.weights'), mismatch('预算执行率', '83.5')),
    mismatch('预算执行率', '16.7'),
    has('budget.costActualsSum', '150万'),
    noted('产出指标 60 分'),
    none('sum.fundRate'),
    (r) => r.file?.budget.fundRows?.[0]?.budgetAmount === '1500000',
  ],
};

let reads: CorpusRead[] = [];

beforeAll(async () => {
  reads = await readCorpus();
});

interface Row {
  readonly table: string;
  readonly values: number;
  readonly read: number;
  readonly listed: number;
  readonly wrong: number;
  readonly knowable: number;
  readonly found: number;
  readonly expected: number;
}

function report(): Row[] {
  return reads.map((r) => {
    const values = checkValues(r);
    const expectations = EXPECTED[r.name] ?? [];
    const knowable = expectations.filter((e): e is (read: CorpusRead) => boolean => e !== null);
    return {
      table: r.name,
      values: values.length,
      read: values.filter((v) => v.outcome === 'read').length,
      listed: values.filter((v) => v.outcome === 'listed').length,
      wrong: values.filter((v) => v.outcome === 'wrong').length,
      expected: r.transcription.expectedFindings.length,
      knowable: knowable.length,
      found: knowable.filter((e) => e(r)).length,
    };
  });
}

describe('the corpus of published tables (issue 11 acceptance)', () => {
  it('has a test for every expected finding of every transcription', () => {
    for (const r of reads) expect([r.name, EXPECTED[r.name]?.length]).toEqual([r.name, r.transcription.expectedFindings.length]);
  });

  it('prints tables × values read × findings found, and holds the measured floor', () => {
    const rows = report();
    const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
    const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
    const lines = [
      '| table | values | read | listed unplaced | wrong | findings (knowable/expected) | found |',
      '|---|---|---|---|---|---|---|',
      ...rows.map((row) => `| ${row.table} | ${row.values} | ${row.read} | ${row.listed} | ${row.wrong} | ${row.knowable}/${row.expected} | ${row.found} |`),
      `| **all** | ${sum((r) => r.values)} | ${sum((r) => r.read)} (${percent(sum((r) => r.read), sum((r) => r.values))}) | ${sum((r) => r.listed)} (read + listed ${percent(sum((r) => r.read + r.listed), sum((r) => r.values))}) | ${sum((r) => r.wrong)} | ${sum((r) => r.knowable)}/${sum((r) => r.expected)} | ${sum((r) => r.found)} (${percent(sum((r) => r.found), sum((r) => r.knowable))}) |`,
    ];
    console.log(lines.join('\n'));
    // A value read wrong is worse than one listed: none may be, whatever the counts.
    expect(rows.filter((row) => row.wrong > 0).map((row) => [row.table, row.wrong])).toEqual([]);
    // The target is 95% of values read or listed with why; the floors are what was measured (docs/table-reader.md).
    expect(sum((r) => r.read + r.listed)).toBeGreaterThanOrEqual(Math.ceil(0.95 * sum((r) => r.values)));
    expect(sum((r) => r.read)).toBeGreaterThanOrEqual(FLOOR.read);
    expect(sum((r) => r.read + r.listed)).toBeGreaterThanOrEqual(FLOOR.values);
    expect(sum((r) => r.found)).toBeGreaterThanOrEqual(FLOOR.findings);
  });

  it('never fails on a table: each gives a project file that loads, the run-together and scrambled ones too', () => {
    const readable = reads.filter((r) => r.file !== undefined);
    expect(readable.filter((r) => r.error !== undefined).map((r) => [r.name, r.error])).toEqual([]);
    expect(reads.filter((r) => r.file === undefined).map((r) => [r.name, r.error])).toEqual([]);
  });
});

const FLOOR = { read: 497, values: 694, findings: 59 };
