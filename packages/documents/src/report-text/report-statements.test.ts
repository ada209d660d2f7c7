import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, findingKeys, load, sampleReportText } from '../../test/sample.js';
import { DocumentReadError } from '../document-read-error.js';
import { normaliseReport } from './normalise.js';
import { readReportText } from './read-report-text.js';
import { readStatedAmounts } from './read-stated-amounts.js';
import { readStatedCounts } from './read-stated-counts.js';

const CORPUS_REPORTS = new URL('../../../../../shared/domain/corpus/reports/', import.meta.url);
const corpusReports = () => readdirSync(CORPUS_REPORTS).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(new URL(name, CORPUS_REPORTS), 'utf8') }));

/** The findings that come from what the prose states (evaluation.statements) and from reading its words. */
const PROSE_CODES = /^(?:statement\.indicatorCount|statement\.amountAboveBudget|target\.operatorDropped|reason\.contradicts|grade\.wording) /;

describe('what the sample report states beside its scores', () => {
  const { file } = readReportText(sampleReportText());
  const report = audit(load(file));

  it('reads the counts, the money used, the restated targets and the block sharing one 分值', () => {
    expect(file.evaluation?.statements?.indicatorCounts).toEqual([
      { level1: 'process', count: 5, text: '由 5个三级指标构成' },
      { level1: 'output', count: 14, text: '由14个三级指标构成' },
      { level1: 'benefit', count: 2, text: '由2个二级指标和2个三级指标构成' },
    ]);
    expect(file.evaluation?.statements?.amounts).toEqual([{ amount: '1300000', text: '拿出130万元，对72个联户组、72名联户长和22个先进集体进行表彰激励' }]);
    expect(file.evaluation?.statements?.restatedTargets?.map((t) => `${file.evaluation?.indicators[t.indicator]?.target} → ${t.text}`)).toEqual([
      '=10个 → 10个',
      '≥2次 → 2次',
      '≥1次 → 1次',
      '≥90% → 90%',
      '≥90% → 90%',
      '≤20万元 → 20万元',
      '≤30万元 → 30万元',
      '≤3万元 → 3万元',
      '≤20万元 → 20万元',
      '≤3万元 → 3万元',
      '≤6万元 → 6万元',
      '≤3万元 → 3万元',
      '≤15万元 → 15万元',
      '≧90% → 90%',
    ]);
    const [shared] = file.evaluation?.statements?.sharedWeights ?? [];
    expect(shared?.indicators.map((i) => file.evaluation?.indicators[i]?.name)).toEqual(['宣传费', '调研督导差旅费', '通信连路费', '群众满意度调查', '设备维护费', '办公费', '其他交通费', '铁路护路、见义勇为慰问奖励经费']);
    expect(shared).toMatchObject({ weight: '10', text: '该指标10分，得9.10分' });
  });

  it('finds what the prose gets wrong, and nothing in what it states correctly', () => {
    expect(findingKeys(report).filter((k) => PROSE_CODES.test(k))).toEqual([
      'reason.contradicts evaluation.indicators[7].deviationReason 受疫情影响开展调研指导工作次数有所减少 3次',
      'statement.indicatorCount evaluation.statements.indicatorCounts[1] 14 7',
      'statement.indicatorCount evaluation.statements.indicatorCounts[2] 2 3',
      'statement.amountAboveBudget evaluation.statements.amounts[0] 1300000 1000000',
      // Every ≥ / ≤ target the results section restates bare; “=10个” written “10个” says the same.
      ...[12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 27].map((i) => expect.stringMatching(new RegExp(`^target\\.operatorDropped evaluation\\.indicators\\[${i}\\]\\.target `))),
      'grade.wording evaluation.claimed.grade 优秀 优',
    ]);
    // 过程 “由 5个三级指标构成” lists five; the 91.02万元, 60.32万元 … are the budget's own figures.
    expect(findingKeys(report).some((k) => k.includes('indicatorCounts[0]') || k.includes('amounts[1]'))).toBe(false);
  });

  it('says where the cost group’s 8.75 comes from: an even split the report does not state', () => {
    const group = report.findings.find((f) => f.path === 'evaluation.claimed.groups[0].score' && f.code === 'score.mismatch');
    expect(group?.message).toBe(
      '“产出成本”自评得分 9.10，按评分规则重算为 8.75（此结果依赖一个假定：报告对“宣传费”等 8 项指标只给出一个分值（“该指标10分，得9.10分”），重算把 10.00 分平均分给各项（每项约 1.25 分）；报告未写明各项分值，分法不同则结果不同）',
    );
    for (const path of ['evaluation.claimed.dimensions[2].score', 'evaluation.claimed.totalScore', 'evaluation']) {
      expect(report.findings.find((f) => f.path === path)?.message).toContain('此结果依赖一个假定');
    }
    // 过程's 19.55 rests on no assumption, and says none.
    expect(report.findings.find((f) => f.path === 'evaluation.claimed.dimensions[1].score')?.message).toBe('“过程”自评得分 19.56，按评分规则重算为 19.55');
  });

  it('does not hold a count against a section it could not read to the end', () => {
    const garbled = sampleReportText().replace('2.产出质量“综治维稳', '2.产出质量另有一项指标的预期指标值见附表。“综治维稳');
    const { file: partial, unplaced } = readReportText(garbled);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(partial.evaluation?.statements?.indicatorCounts?.map((c) => c.level1)).not.toContain('output');
  });
});

describe('reports of other provinces (corpus/reports)', () => {
  it('are refused as a whole, with the reason, rather than audited from a guess', () => {
    const reports = corpusReports();
    expect(reports.map((r) => r.name)).toEqual(['R1-henan-xiping-jiaotong-xianjie-2022.txt', 'R2-hunan-nanxian-caizhengju-zhengti-2020.txt', 'R3-yunnan-honghe-shujuzhongxin-2024.txt']);
    for (const { text } of reports) {
      expect(() => readReportText(text, { region: { code: '411721', name: '西平县' } })).toThrow(DocumentReadError);
    }
  });

  it('state no count or money the audit would hold against a project', () => {
    for (const { text } of corpusReports()) {
      const normalised = normaliseReport(text);
      expect(readStatedCounts(normalised)).toEqual([]);
      // 计划投资2179万元, 已完成拨付2113.63万元, 年初批复预算…985万元, 实际到位资金334.67万元: budget figures, not uses.
      expect(readStatedAmounts(normalised, [])).toEqual([]);
    }
  });

  it('added to the sample report, change none of its findings', () => {
    const expected = findingKeys(audit(load(readReportText(sampleReportText()).file)));
    for (const { text } of corpusReports()) {
      const prose = text.split('\n').slice(1).join('\n');
      const { file } = readReportText(`${sampleReportText()}\n${prose}`);
      expect(findingKeys(audit(load(file)))).toEqual(expected);
    }
  });
});

describe('the prose readers on any text', () => {
  it('never throw, and read money only where an amount of 元 is written (fast-check)', () => {
    const pieces = fc.constantFrom('由', '14', '个三级指标构成', '项目产出类指标', '拿出', '130', '万元', '元', '，', '。', '预算', '2.7万余件', '亿元', '表彰', '\n', '“', '”');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = normaliseReport(parts.join(''));
        for (const count of readStatedCounts(text)) expect(count.count).toBeGreaterThanOrEqual(0);
        for (const amount of readStatedAmounts(text, [])) expect(amount.text).toMatch(/\d\s*(?:万元|亿元|元)/);
      }),
      { numRuns: 2000 },
    );
  });

  it('leave the unit’s assets, incomes and counts of cases alone', () => {
    const text = normaliseReport('单位资产总额2000万元。全年排查矛盾纠纷2.7万余件。全县地区生产总值产值300亿元。拿出130万元，对先进集体进行表彰激励。');
    expect(readStatedAmounts(text, []).map((a) => a.text)).toEqual(['拿出130万元，对先进集体进行表彰激励']);
  });
});
