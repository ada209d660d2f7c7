import { describe, expect, it } from 'vitest';
import { COUNTY_PLA, DEMO_PROJECTS, DEMO_REGIONS, EDUCATION, FINANCE, HEALTH, PREFECTURE_PLA, WATER } from '../../testing/demo-projects.js';
import type { HelpTopic, ListFilter, ProjectMetric } from '../intent.js';
import { recognise, type RecognisedIntent } from '../recognise.js';

/** The asker: a member of the prefecture 政法委; the demo data's latest year is 2022 (what "今年" means). */
const context = { candidates: DEMO_PROJECTS, ownUnitName: PREFECTURE_PLA, regions: DEMO_REGIONS, discussedYear: null };

type ProjectExpectation =
  | { readonly name: string; readonly unit?: string; readonly year?: number }
  | { readonly context: true }
  | { readonly among: readonly string[] };

type Expected =
  | { readonly kind: 'projectMetric'; readonly metric: ProjectMetric; readonly project: ProjectExpectation; readonly year?: number }
  | { readonly kind: 'projectList'; readonly filter: ListFilter; readonly unit: string; readonly year?: number }
  | { readonly kind: 'unitSummary'; readonly unit: string; readonly year?: number }
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  | { readonly kind: 'choice'; readonly index: number };

const m = (metric: ProjectMetric, project: string | ProjectExpectation, year?: number): Expected => ({
  kind: 'projectMetric',
  metric,
  project: typeof project === 'string' ? { name: project } : project,
  ...(year === undefined ? {} : { year }),
});
const ctx = { context: true } as const;
const list = (filter: ListFilter, unit = 'scope', year?: number): Expected => ({ kind: 'projectList', filter, unit, ...(year === undefined ? {} : { year }) });
const unit = (name: string, year?: number): Expected => ({ kind: 'unitSummary', unit: name, ...(year === undefined ? {} : { year }) });
const help = (topic: HelpTopic): Expected => ({ kind: 'help', topic });

/** [phrasing, expected]. The first block is every example of the shared chat-platforms README. */
const CASES: readonly (readonly [string, Expected])[] = [
  ['综治工作经费执行率多少', m('executionRate', '综治工作经费')],
  ['综治经费花了多少', m('spent', '综治工作经费')],
  ['还剩多少没花', m('remaining', ctx)],
  ['支出进度怎么样', m('executionRate', ctx)],
  ['zzgzjf 执行率', m('executionRate', '综治工作经费')],
  ['政法委哪些项目偏差大', list({ kind: 'largestDeviation', limit: 5 }, PREFECTURE_PLA)],
  ['执行率低于50%的项目', list({ kind: 'executionBelow', percent: 50 })],
  ['哪些项目进度落后', list({ kind: 'belowTimeProgress' })],
  ['偏差最大的前五个', list({ kind: 'largestDeviation', limit: 5 })],
  ['政法委整体执行情况', unit(PREFECTURE_PLA)],
  ['我们委今年预算执行到多少了', unit('own', 2022)],
  ['综治项目绩效目标完成了吗', m('failedIndicators', '综治工作经费')],
  ['哪些指标没达标', m('failedIndicators', ctx)],
  ['为什么是红灯', m('whyAlert', ctx)],
  ['截至上月底综治工作经费执行率', m('executionRate', '综治工作经费')],
  ['一季度综治工作经费花了多少', m('spent', '综治工作经费')],
  ['今年综治工作经费执行率多少', m('executionRate', '综治工作经费', 2022)],
  ['去年同期综治工作经费执行率', m('executionRate', { name: '综治工作经费', year: 2021 }, 2021)],
  ['帮助', help('capabilities')],
  ['你能查什么', help('capabilities')],
  ['数据更新到哪天', help('dataDate')],
  ['扫黑经费得分', m('score', '扫黑除恶专项经费')],
  ['ｚｚｇｚｊｆ　得分', m('score', '综治工作经费')],

  // One project's metrics, many names.
  ['综治工作经费执行率多少？', m('executionRate', '综治工作经费')],
  ['综治工作经费的执行率是多少', m('executionRate', '综治工作经费')],
  ['请问综治工作经费支出进度', m('executionRate', '综治工作经费')],
  ['综治工作经费到位率', m('fundingRate', '综治工作经费')],
  ['综治工作经费资金到位了多少', m('fundingRate', '综治工作经费')],
  ['综治工作经费预算多少', m('budget', '综治工作经费')],
  ['综治工作经费预算是多少钱', m('budget', '综治工作经费')],
  ['2022年综治工作经费预算', m('budget', '综治工作经费', 2022)],
  ['2021年综治工作经费花了多少', m('spent', { name: '综治工作经费', year: 2021 }, 2021)],
  ['扫黑除恶专项经费已支出多少', m('spent', '扫黑除恶专项经费')],
  ['扫黑除恶经费还剩多少', m('remaining', '扫黑除恶专项经费')],
  ['扫黑除恶 执行率', m('executionRate', '扫黑除恶专项经费')],
  ['shce得分', m('score', '扫黑除恶专项经费')],
  ['铁路护路经费的序时进度', m('timeProgress', '铁路护路经费')],
  ['铁路护路经费偏差多少', m('deviation', '铁路护路经费')],
  ['护路经费比序时进度慢多少', m('deviation', '铁路护路经费')],
  ['社区网格化管理经费是红灯吗', m('alert', '社区网格化管理经费')],
  ['网格化经费什么灯', m('alert', '社区网格化管理经费')],
  ['网格化管理经费为什么是红灯', m('whyAlert', '社区网格化管理经费')],
  ['见义勇为经费得分多少', m('score', '见义勇为奖励经费')],
  ['见义勇为奖励经费评级', m('grade', '见义勇为奖励经费')],
  ['政法干部培训经费评了什么等级', m('grade', '政法干部培训经费')],
  ['干部培训经费多少分', m('score', '政法干部培训经费')],
  ['综治中心经费执行率', m('executionRate', '综治中心建设经费')],
  ['综治维稳工作经费执行率', m('executionRate', { name: '综治维稳工作经费', unit: COUNTY_PLA })],
  ['平安建设宣传经费预警了吗', m('alert', { among: ['平安建设宣传经费'] })],
  ['平安建设 偏差', m('deviation', '平安建设专项经费')],
  ['玛纳斯县平安建设宣传经费执行率', m('executionRate', { name: '平安建设宣传经费', unit: COUNTY_PLA })],
  ['昌吉州平安建设宣传经费执行率', m('executionRate', { name: '平安建设宣传经费', unit: PREFECTURE_PLA })],
  ['预算绩效管理经费预算多少', m('budget', { name: '预算绩效管理经费', unit: FINANCE })],
  ['国有资产管理经费得分', m('score', { name: '国有资产管理经费', unit: FINANCE })],
  ['资产管理经费评级', m('grade', { name: '国有资产管理经费', unit: FINANCE })],
  ['政府采购经费执行率', m('executionRate', { name: '政府采购监管经费', unit: FINANCE })],
  ['财政信息化经费花了多少', m('spent', { name: '财政信息化建设经费', unit: FINANCE })],
  ['czxxh 执行率', m('executionRate', { name: '财政信息化建设经费', unit: FINANCE })],
  ['会计继续教育经费到位率', m('fundingRate', { name: '会计人员继续教育经费', unit: FINANCE })],
  ['教师培训经费执行率', m('executionRate', { name: '教师培训经费', unit: EDUCATION })],
  ['营养改善计划资金花了多少', m('spent', { name: '义务教育营养改善计划资金', unit: EDUCATION })],
  ['保教费补助执行率', m('executionRate', { name: '学前教育保教费补助资金', unit: EDUCATION })],
  ['学前教育资金到位率', m('fundingRate', { name: '学前教育保教费补助资金', unit: EDUCATION })],
  ['校舍维修经费还剩多少', m('remaining', { name: '校舍安全维修经费', unit: EDUCATION })],
  ['学生资助经费执行率', m('executionRate', { name: '学生资助补助经费', unit: EDUCATION })],
  ['公卫服务资金执行率', m('executionRate', { name: '基本公共卫生服务补助资金', unit: HEALTH })],
  ['jtys 执行率', m('executionRate', { name: '家庭医生签约服务经费', unit: HEALTH })],
  ['疫情防控经费还剩多少', m('remaining', { name: '疫情防控专项经费', unit: HEALTH })],
  ['妇幼经费执行率', m('executionRate', { name: '妇幼健康服务经费', unit: HEALTH })],
  ['卫生监督执法经费花了多少', m('spent', { name: '卫生健康监督执法经费', unit: HEALTH })],
  ['农田水利维修经费执行率', m('executionRate', { name: '农田水利设施维修经费', unit: WATER })],
  ['河长制经费执行率', m('executionRate', { name: '河湖长制工作经费', unit: WATER })],
  ['水保经费执行率', m('executionRate', { name: '水土保持治理经费', unit: WATER })],
  ['防汛抗旱经费执行情况', m('executionRate', { name: '防汛抗旱经费', unit: WATER })],
  ['饮水安全经费到位率', m('fundingRate', { name: '饮水安全巩固提升经费', unit: WATER })],
  ['综治工作经费', m('overview', '综治工作经费')],
  ['综治工作经费怎么样', m('overview', '综治工作经费')],

  // Follow-ups about the project just discussed.
  ['得分多少', m('score', ctx)],
  ['评级呢', m('grade', ctx)],
  ['序时进度是多少', m('timeProgress', ctx)],
  ['那预算呢', m('budget', ctx)],
  ['到位率呢', m('fundingRate', ctx)],
  ['花了多少', m('spent', ctx)],

  // Lists.
  ['哪些项目执行率低于序时进度', list({ kind: 'belowTimeProgress' })],
  ['执行率低于序时进度的项目有哪些', list({ kind: 'belowTimeProgress' })],
  ['执行率不到30%的项目', list({ kind: 'executionBelow', percent: 30 })],
  ['哪些项目执行率在60%以下', list({ kind: 'executionBelow', percent: 60 })],
  ['执行率低于５０％的项目', list({ kind: 'executionBelow', percent: 50 })],
  ['偏差最大的前3个项目', list({ kind: 'largestDeviation', limit: 3 })],
  ['偏差最大的前十个', list({ kind: 'largestDeviation', limit: 10 })],
  ['得分最低的项目', list({ kind: 'lowestScore', limit: 5 })],
  ['得分最低的三个项目', list({ kind: 'lowestScore', limit: 3 })],
  ['财政局哪些项目得分最低', list({ kind: 'lowestScore', limit: 5 }, FINANCE)],
  ['教育局哪些项目进度落后', list({ kind: 'belowTimeProgress' }, EDUCATION)],
  ['卫健委执行率低于40%的项目', list({ kind: 'executionBelow', percent: 40 }, HEALTH)],
  ['昌吉州水利局有哪些项目亮红灯', list({ kind: 'alerted' }, WATER)],
  ['哪些项目是红灯', list({ kind: 'alerted' })],
  ['有哪些预警项目', list({ kind: 'alerted' })],
  ['我们委哪些项目偏差大', list({ kind: 'largestDeviation', limit: 5 }, 'own')],
  ['2022年执行率低于序时进度的项目', list({ kind: 'belowTimeProgress' }, 'scope', 2022)],
  ['政法委偏差最大的前五个项目', list({ kind: 'largestDeviation', limit: 5 }, PREFECTURE_PLA)],

  // Unit summaries.
  ['财政局整体执行情况', unit(FINANCE)],
  ['教育局总体执行率多少', unit(EDUCATION)],
  ['昌吉州水利局今年全部项目执行情况', unit(WATER, 2022)],
  ['我们单位整体怎么样', unit('own')],
  ['卫健委整体预算执行情况', unit(HEALTH)],
  ['政法委执行率多少', unit(PREFECTURE_PLA)],
  ['财政局执行情况', unit(FINANCE)],
  ['去年政法委整体执行情况', unit(PREFECTURE_PLA, 2021)],

  // Help and choices.
  ['help', help('capabilities')],
  ['能查些什么', help('capabilities')],
  ['怎么用', help('capabilities')],
  ['你好', help('capabilities')],
  ['？', help('capabilities')],
  ['数据截至什么时候', help('dataDate')],
  ['数据是哪天的', help('dataDate')],
  ['2', { kind: 'choice', index: 2 }],
  ['２', { kind: 'choice', index: 2 }],
  ['第3个', { kind: 'choice', index: 3 }],
  ['选1', { kind: 'choice', index: 1 }],
];

function projectMatches(actual: Extract<RecognisedIntent, { kind: 'projectMetric' }>['project'], expected: ProjectExpectation): boolean {
  if ('context' in expected) return actual.kind === 'fromContext';
  if ('among' in expected) {
    return actual.kind === 'ambiguous' && actual.options.length >= 2 && actual.options.every((o) => expected.among.includes(o.name));
  }
  return (
    actual.kind === 'resolved' &&
    actual.project.name === expected.name &&
    actual.project.unitName === (expected.unit ?? PREFECTURE_PLA) &&
    actual.project.fiscalYear === (expected.year ?? 2022)
  );
}

function unitMatches(actual: Extract<RecognisedIntent, { kind: 'unitSummary' }>['unit'], expected: string): boolean {
  if (expected === 'own' || expected === 'scope') return actual.kind === expected;
  return actual.kind === 'resolved' && actual.unitName === expected;
}

function matches(actual: RecognisedIntent, expected: Expected): boolean {
  const year = 'year' in expected ? (expected.year ?? null) : null;
  switch (expected.kind) {
    case 'projectMetric':
      return actual.kind === 'projectMetric' && actual.metric === expected.metric && actual.fiscalYear === year && projectMatches(actual.project, expected.project);
    case 'projectList':
      return (
        actual.kind === 'projectList' &&
        JSON.stringify(actual.filter) === JSON.stringify(expected.filter) &&
        actual.fiscalYear === year &&
        unitMatches(actual.unit, expected.unit)
      );
    case 'unitSummary':
      return actual.kind === 'unitSummary' && actual.fiscalYear === year && unitMatches(actual.unit, expected.unit);
    case 'help':
      return actual.kind === 'help' && actual.topic === expected.topic;
    case 'choice':
      return actual.kind === 'choice' && actual.index === expected.index;
  }
}

describe('intent recognition over real-style phrasings', () => {
  it('has at least 80 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it('recognises at least 95% of them with the expected intent and project or unit', () => {
    const misses = CASES.filter(([text, expected]) => !matches(recognise(text, context), expected)).map(
      ([text, expected]) => `${text} → got ${JSON.stringify(recognise(text, context))}, expected ${JSON.stringify(expected)}`,
    );
    const accuracy = (CASES.length - misses.length) / CASES.length;
    console.info(`intent accuracy: ${(accuracy * 100).toFixed(1)}% (${CASES.length - misses.length}/${CASES.length})`);
    for (const miss of misses) console.info(`  miss: ${miss}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
