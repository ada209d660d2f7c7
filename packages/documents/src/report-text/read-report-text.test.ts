import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { budgetFigures, formatWanYuan } from '@jixiao/core';
import { audit, findingKeys, load, normaliseNumbers, sampleJson, sampleProject, sampleReportText } from '../../test/sample.js';
import { nameDistance } from './name-match.js';
import { readReportDocx } from './read-report-docx.js';
import { readReportText } from './read-report-text.js';

describe('readReportText on the sample report', () => {
  const { file, unplaced } = readReportText(sampleReportText());
  const project = load(file);

  it('gives the same audit findings as the hand-made JSON (codes, paths, claimed, computed)', () => {
    const fromText = findingKeys(audit(project));
    const fromJson = findingKeys(audit(sampleProject()));
    expect(fromText).toHaveLength(41);
    expect(fromText).toEqual(fromJson);
  });

  it('reads the whole project file the hand transcription holds', () => {
    expect(normaliseNumbers(file)).toEqual(normaliseNumbers(sampleJson()));
    expect(unplaced).toEqual([]);
  });

  it('reads budget 100 / 100 / 91.02万元 and the five expenses', () => {
    const figures = budgetFigures(project.budget);
    expect([figures.adjustedBudgetAmount, figures.receivedAmount, figures.spentAmount].map(formatWanYuan)).toEqual(['100.00万元', '100.00万元', '91.02万元']);
    expect(file.budget.asOf).toBe('2022-12-31');
    expect(file.budget.expenses?.map((e) => `${e.category} ${e.amount}`)).toEqual(['宣传费 603200', '调研督导差旅费 79000', '通信链路费 8000', '群众满意度调查 200000', '其他交通费 20000']);
  });

  it('reads every indicator with target, actual, weight and claim; the cost block shares 10 points', () => {
    const indicators = file.evaluation?.indicators ?? [];
    expect(indicators).toHaveLength(28);
    const cost = indicators.filter((i) => i.level2 === 'cost');
    expect(cost.map((i) => i.weight)).toEqual(Array(8).fill('1.25'));
    expect(cost.map((i) => i.actual)).toEqual(['60.32万元', '7.9万元', '0.8万元', '20万元', '0万元', '0.8万元', '2万元', '0万元']);
    expect(file.evaluation?.claimed?.groups?.[0]).toEqual({ level1: 'output', level2: 'cost', score: '9.10', statement: '与预期目标一致' });
    expect(indicators.find((i) => i.name === '群众满意度')).toMatchObject({ target: '≧90%', actual: '98%', weight: '10', claimed: { score: '10' } });
    expect(indicators.find((i) => i.name === '预算执行率')).toMatchObject({ formula: 'executionRate', weight: '5', claimed: { score: '4.56' } });
    expect(file.evaluation?.claimed).toMatchObject({ totalScore: '98.66', grade: '优秀', dimensions: [{ score: '20' }, { score: '19.56' }, { score: '29.1' }, { score: '30' }] });
    expect(file.project).toMatchObject({ name: '综治工作经费', fiscalYear: 2022, unit: { name: '昌吉州党委政法委' }, fundingDocument: '昌州财行（2022）1号', region: { code: '652300' } });
    expect(file.evaluation?.team?.map((m) => `${m.role} ${m.name}`)).toEqual(['lead 索敏', 'deputyLead 李广', 'member 叶刚']);
  });
});

describe('tolerance', () => {
  it('reads full-width symbols, missing quotes and odd numbering to the same indicators', () => {
    const varied = sampleReportText()
      .replaceAll('预期指标值为“≥', '预期指标值为“≧')
      .replace('“组织力量开展检查督导次数”指标，预期指标值为“2次”', '组织力量开展检查督导次数指标，预期指标值为２次')
      .replace('（1）项目产出目标① 数量指标', '一、项目产出目标 (一)数量指标')
      .replace('2.产出质量', '(二)产出质量')
      .replace('实际完成98%', '实际完成９８％');
    const { file } = readReportText(varied);
    const indicators = (file.evaluation?.indicators ?? []).map((i) => [i.name, i.weight, i.actual, i.claimed?.score]);
    const original = (readReportText(sampleReportText()).file.evaluation?.indicators ?? []).map((i) => [i.name, i.weight, i.actual, i.claimed?.score]);
    expect(indicators).toEqual(original);
    expect(findingKeys(audit(load(file)))).toEqual(findingKeys(audit(sampleProject())));
  });

  it('matches names spelled two ways', () => {
    expect(nameDistance('通信连路费', '通信链路费')).toBe(1);
    expect(nameDistance('铁路护路、见义勇为慰问奖励经费', '铁路护路、见义勇为维稳奖励经费')).toBe(2);
    expect(nameDistance('“调研督导差旅费', '调研督导差旅费”')).toBe(0);
    expect(nameDistance('宣传费', '办公费')).toBeUndefined();
    expect(nameDistance('组织力量开展检查督导次数', '组织基层综治干事培训次数')).toBeUndefined();
  });
});

describe('what cannot be placed is listed', () => {
  it('a target without a result, a score sentence nobody understands, a stray rated item', () => {
    const text = sampleReportText()
      .replace('“办公费”指标，预期指标值为“≤6万元”；', '“办公费”指标，预期指标值为“≤6万元”；“会议费”指标，预期指标值为“≤2万元”；')
      .replace('（三）其他\n', '（三）其他\n另外宣传工作表现突出，该项得5分。\n')
      .replace('6.资金分配合理性：', '7.宣传工作成效：根据评分标准，该指标2分，得2分。6.资金分配合理性：');
    const { unplaced } = readReportText(text);
    expect(unplaced.map((u) => u.reason)).toEqual(['只有预期指标值，未找到完成情况与得分', '不是已知的决策/过程类三级指标', '含得分或指标值的语句未能识别']);
    expect(unplaced[0]?.text).toContain('会议费');
    expect(unplaced[1]?.text).toContain('宣传工作成效');
    expect(unplaced[2]?.text).toContain('该项得5分');
  });
});

describe('region and empty text', () => {
  const elsewhere = sampleReportText().replaceAll('昌吉', '石河');

  it('reads a report that does not name 昌吉 without a region (storing asks for it), or with the one given', () => {
    expect(readReportText(elsewhere).file.project.region).toBeUndefined();
    expect(readReportText(elsewhere, { region: { code: '659001', name: '石河子市' } }).file.project.region).toEqual({ code: '659001', name: '石河子市' });
  });

  it('rejects text with nothing of a report', () => {
    expect(() => readReportText('今天天气很好，我们去公园散步。')).toThrow(expect.objectContaining({ code: 'noContent' }));
  });
});

describe('readReportDocx', () => {
  it('reads the sample saved as Word to the same findings', async () => {
    const doc = new Document({ sections: [{ children: sampleReportText().split('\n').map((line) => new Paragraph(line)) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { file } = await readReportDocx(bytes);
    expect(findingKeys(audit(load(file)))).toEqual(findingKeys(audit(sampleProject())));
  });
});
