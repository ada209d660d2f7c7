import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../data/shapes.js';
import { twoDecimals, yuanToWan } from '../../replies/decimal-text.js';
import { COUNTY_PLA, DEMO_PROJECTS, EDUCATION, FINANCE, FUKANG_WATER, HEALTH, PREFECTURE_PLA, WATER } from '../../testing/demo-projects.js';
import { FakeDataPort } from '../../testing/fake-data-port.js';
import { MockClient } from '../../testing/mock-client.js';
import { handleMessage } from '../handle-message.js';
import { InMemoryChatStateStore } from '../in-memory-chat-state-store.js';

/**
 * Issue 12's acceptance suite: phrasings as staff, leaders and finance reviewers write them (typos, 口语, pinyin
 * initials, English, follow-ups, questions with no answer, projects the asker may not see), each with the facts
 * the reply must contain. Every reply is judged right, unsure (an ask-back or "not found": no figures) or wrong
 * (figures that are not the asked ones). Target: ≥ 95% right and no wrong answer at all.
 *
 * Years are read from the data, and the clock stands years after it, so "今年" must mean the latest year with
 * data (a calendar reading would answer a false all-clear).
 */
const LATEST = Math.max(...DEMO_PROJECTS.map((p) => p.fiscalYear));
const TODAY = new Date(`${LATEST + 4}-03-15T10:00:00+08:00`);

type Fact = (status: ProjectStatus) => string;
type Expect =
  /** A data answer about this project (title with name and year) containing the fact. */
  | { readonly kind: 'project'; readonly name: string; readonly unit: string; readonly year: number; readonly fact: Fact }
  /** A data answer containing every text. */
  | { readonly kind: 'contains'; readonly facts: readonly string[] }
  /** The bot must ask back with choices (several projects or units fit equally). */
  | { readonly kind: 'askBack' }
  /** No figures: not found, not visible, not understood, or no access. */
  | { readonly kind: 'noData' };

interface Case {
  /** The messages in order; the last one is judged, the earlier ones set up the conversation. */
  readonly asks: readonly string[];
  readonly user: string;
  readonly expect: Expect;
}

const wan = (yuan: string) => yuanToWan(yuan);
const F = {
  rate: (s: ProjectStatus) => `预算执行率 ${twoDecimals(s.executionRate ?? '0')}%（已支出 ${wan(s.spentAmount)} 万元 ÷ 资金到位 ${wan(s.receivedAmount)} 万元）`,
  spent: (s: ProjectStatus) => `已支出 ${wan(s.spentAmount)} 万元`,
  budget: (s: ProjectStatus) => `全年预算 ${wan(s.budgetAmount)} 万元`,
  funding: (s: ProjectStatus) => `资金到位率 ${twoDecimals(s.fundingRate ?? '0')}%`,
  remaining: () => '尚未支出',
  progress: () => '序时进度 87.40%',
  alert: (s: ProjectStatus) => `监控预警：${{ red: '红灯', amber: '黄灯', green: '绿灯' }[s.alert]}`,
  why: (s: ProjectStatus) => (s.alert === 'green' ? '当前为绿灯' : '的原因：'),
  score: (s: ProjectStatus) => (s.totalScore === null ? '尚未完成评价打分' : `总分 ${twoDecimals(s.totalScore)} 分`),
  self: (s: ProjectStatus) => (s.claimedScore === null ? '尚未完成评价打分' : `自评总分 ${twoDecimals(s.claimedScore)} 分`),
  lost: () => '扣分的指标',
  failed: (s: ProjectStatus) => (s.indicators.some((i) => i.meetsTarget === false) ? '未达标指标' : '绩效指标均已达标'),
  deviations: (s: ProjectStatus) => (s.indicators.some((i) => i.meetsTarget === false) ? '有偏差的指标' : '没有偏差'),
  satisfaction: () => '群众满意度：目标 ≥90%',
  supervision: () => '开展平安创建督导次数：目标 ≥12次',
  coverage: () => '宣传活动覆盖人数：目标',
  publicity: () => '宣传费已支出',
  travel: () => '差旅费已支出',
  audit: (s: ProjectStatus) => (s.auditFindings.length === 0 ? '审核没有发现问题' : `审核发现 ${s.auditFindings.length} 个问题`),
  full: () => '得分依据：',
  overview: (s: ProjectStatus) => `预算执行率 ${twoDecimals(s.executionRate ?? '0')}%`,
} satisfies Record<string, Fact>;

const p = (name: string, fact: Fact, options: { unit?: string; year?: number } = {}): Expect => ({
  kind: 'project',
  name,
  unit: options.unit ?? PREFECTURE_PLA,
  year: options.year ?? LATEST,
  fact,
});
const has = (...facts: string[]): Expect => ({ kind: 'contains', facts });
const ASK: Expect = { kind: 'askBack' };
const NONE: Expect = { kind: 'noData' };
const Y = `${LATEST}年`;
const PY = `${LATEST - 1}年`;

/** [messages (a string, or follow-ups joined by " ⏎ "), user, expected]. */
const RAW: readonly (readonly [string, string, Expect])[] = [
  // Staff of the prefecture 政法委: one project, many names and measures.
  ['综治工作经费执行率多少', 'staff-001', p('综治工作经费', F.rate)],
  ['综治经费花了多少', 'staff-001', p('综治工作经费', F.spent)],
  ['综治工作经费花了多少钱啊', 'staff-001', p('综治工作经费', F.spent)],
  ['综治工作经费预算多少', 'staff-001', p('综治工作经费', F.budget)],
  ['综治工作经费到位率', 'staff-001', p('综治工作经费', F.funding)],
  ['综治工作经费资金到位了没有', 'staff-001', p('综治工作经费', F.funding)],
  ['综治工作经费还剩多少没花', 'staff-001', p('综治工作经费', F.remaining)],
  ['综治工作经费结余多少', 'staff-001', p('综治工作经费', F.remaining)],
  ['综治工作经费序时进度', 'staff-001', p('综治工作经费', F.progress)],
  ['综治工作经费偏差多少', 'staff-001', p('综治工作经费', F.progress)],
  ['综治工作经费是什么灯', 'staff-001', p('综治工作经费', F.alert)],
  ['综治工作经费得分', 'staff-001', p('综治工作经费', F.score)],
  ['综治工作经费评级', 'staff-001', p('综治工作经费', F.score)],
  ['综治工作经费自评分多少', 'staff-001', p('综治工作经费', F.self)],
  ['综治工作经费满意度', 'staff-001', p('综治工作经费', F.satisfaction)],
  ['综治工作经费满意度多少', 'staff-001', p('综治工作经费', F.satisfaction)],
  ['综治工作经费督导搞了几次', 'staff-001', p('综治工作经费', F.supervision)],
  ['综治工作经费宣传费花了多少', 'staff-001', p('综治工作经费', F.publicity)],
  ['综治工作经费宣传费超了多少', 'staff-001', p('综治工作经费', F.publicity)],
  ['综治工作经费差旅费', 'staff-001', p('综治工作经费', F.travel)],
  ['综治工作经费有哪些偏差', 'staff-001', p('综治工作经费', F.deviations)],
  ['综治工作经费偏差原因', 'staff-001', p('综治工作经费', F.deviations)],
  ['综治工作经费审核发现了什么问题', 'staff-001', p('综治工作经费', F.audit)],
  ['综治工作经费绩效目标完成了吗', 'staff-001', p('综治工作经费', F.failed)],
  ['扫黑除恶专项经费执行率', 'staff-001', p('扫黑除恶专项经费', F.rate)],
  ['扫黑经费得分', 'staff-001', p('扫黑除恶专项经费', F.score)],
  ['扫黑除恶经费为什么扣分', 'staff-001', p('扫黑除恶专项经费', F.lost)],
  ['扫黑除恶专项经费为什么是红灯', 'staff-001', p('扫黑除恶专项经费', F.why)],
  ['扫黑除恶专项经费哪些指标没达标', 'staff-001', p('扫黑除恶专项经费', F.failed)],
  ['扫黑除恶专项经费覆盖人数', 'staff-001', p('扫黑除恶专项经费', F.coverage)],
  ['铁路护路经费预警了吗', 'staff-001', p('铁路护路经费', F.alert)],
  ['护路经费执行情况', 'staff-001', p('铁路护路经费', F.rate)],
  ['网格化经费什么灯', 'staff-001', p('社区网格化管理经费', F.alert)],
  ['综治中心经费执行率', 'staff-001', p('综治中心建设经费', F.rate)],
  ['干部培训经费多少分', 'staff-001', p('政法干部培训经费', F.score)],
  ['见义勇为经费得分多少', 'staff-001', p('见义勇为奖励经费', F.score)],
  ['平安建设专项经费执行率', 'staff-001', p('平安建设专项经费', F.rate)],
  ['平安建设二期执行率', 'staff-001', p('平安建设专项经费（二期）', F.rate, { year: LATEST - 1 })],
  ['平安建设专项经费第二期花了多少', 'staff-001', p('平安建设专项经费（二期）', F.spent, { year: LATEST - 1 })],
  ['平安建设三期执行率', 'staff-001', NONE],
  ['平安建设宣传经费执行率', 'staff-001', ASK],
  ['玛纳斯县平安建设宣传经费执行率', 'staff-001', p('平安建设宣传经费', F.rate, { unit: COUNTY_PLA })],
  ['昌吉州平安建设宣传经费执行率', 'staff-001', p('平安建设宣传经费', F.rate)],
  [`${LATEST - 1}年综治工作经费花了多少`, 'staff-001', p('综治工作经费', F.spent, { year: LATEST - 1 })],
  ['去年同期综治工作经费执行率', 'staff-001', p('综治工作经费', F.rate, { year: LATEST - 1 })],
  ['今年综治工作经费执行率多少', 'staff-001', p('综治工作经费', F.rate)],
  ['截至上月底综治工作经费执行率', 'staff-001', p('综治工作经费', F.rate)],
  ['一季度综治工作经费花了多少', 'staff-001', p('综治工作经费', F.spent)],
  ['综治工作经费怎么样', 'staff-001', p('综治工作经费', F.overview)],
  ['综治维稳工作经费执行率', 'staff-001', p('综治维稳工作经费', F.rate, { unit: COUNTY_PLA })],
  ['请问一下综治工作经费的执行率是多少呀', 'staff-001', p('综治工作经费', F.rate)],
  ['帮我查查综治工作经费现在执行到多少了', 'staff-001', p('综治工作经费', F.rate)],
  ['综治工作经费咋样了', 'staff-001', p('综治工作经费', F.overview)],

  // Typos and pinyin.
  ['综治工做经费执行率', 'staff-001', p('综治工作经费', F.rate)],
  ['综治工作经废执行率', 'staff-001', p('综治工作经费', F.rate)],
  ['扫黑除饿专项经费执行率', 'staff-001', p('扫黑除恶专项经费', F.rate)],
  ['铁路户路经费执行率', 'staff-001', p('铁路护路经费', F.rate)],
  ['社区网格管理经费得分', 'staff-001', p('社区网格化管理经费', F.score)],
  ['zzgzjf 执行率', 'staff-001', p('综治工作经费', F.rate)],
  ['ZZGZJF得分', 'staff-001', p('综治工作经费', F.score)],
  ['ｚｚｇｚｊｆ　花了多少', 'staff-001', p('综治工作经费', F.spent)],
  ['shce得分', 'staff-001', p('扫黑除恶专项经费', F.score)],
  ['tlhljf 执行率', 'staff-001', p('铁路护路经费', F.rate)],
  ['zongzhigongzuojingfei 执行率', 'staff-001', p('综治工作经费', F.rate)],
  ['czxxh 执行率', 'staff-001', p('财政信息化建设经费', F.rate, { unit: FINANCE })],
  ['jtys 执行率', 'staff-001', p('家庭医生签约服务经费', F.rate, { unit: HEALTH })],

  // English.
  ['what is the execution rate of 综治工作经费', 'staff-001', p('综治工作经费', F.rate)],
  ['execution rate of zzgzjf', 'staff-001', p('综治工作经费', F.rate)],
  ['How much has been spent on 综治工作经费?', 'staff-001', p('综治工作经费', F.spent)],
  ['budget of 扫黑除恶专项经费', 'staff-001', p('扫黑除恶专项经费', F.budget)],
  ['score of shce', 'staff-001', p('扫黑除恶专项经费', F.score)],
  ['Which projects are behind schedule?', 'staff-001', has('执行率低于序时进度的项目', '扫黑除恶专项经费')],
  ['satisfaction of 综治工作经费', 'staff-001', p('综治工作经费', F.satisfaction)],
  ['why is 铁路护路经费 red alert', 'staff-001', p('铁路护路经费', F.alert)],
  ['self score of 综治工作经费', 'staff-001', p('综治工作经费', F.self)],
  ['audit findings of 政法干部培训经费', 'staff-001', p('政法干部培训经费', F.audit)],

  // Follow-ups: another measure, another indicator, another year, details.
  ['综治工作经费执行率 ⏎ 还剩多少没花', 'staff-001', p('综治工作经费', F.remaining)],
  ['综治工作经费执行率 ⏎ 得分呢', 'staff-001', p('综治工作经费', F.score)],
  ['综治工作经费执行率 ⏎ 宣传费呢', 'staff-001', p('综治工作经费', F.publicity)],
  ['综治工作经费执行率 ⏎ 满意度呢', 'staff-001', p('综治工作经费', F.satisfaction)],
  ['综治工作经费执行率 ⏎ 督导搞了几次', 'staff-001', p('综治工作经费', F.supervision)],
  ['综治工作经费执行率 ⏎ 去年呢', 'staff-001', p('综治工作经费', F.rate, { year: LATEST - 1 })],
  ['综治工作经费执行率 ⏎ 去年呢 ⏎ 得分呢', 'staff-001', p('综治工作经费', F.score, { year: LATEST - 1 })],
  [`${LATEST - 1}年综治工作经费执行率 ⏎ 去年呢`, 'staff-001', NONE],
  ['扫黑除恶专项经费得分 ⏎ 详细', 'staff-001', p('扫黑除恶专项经费', F.full)],
  ['扫黑除恶专项经费执行率 ⏎ 为什么是红灯', 'staff-001', p('扫黑除恶专项经费', F.why)],
  ['扫黑除恶专项经费执行率 ⏎ 审核发现了什么问题', 'staff-001', p('扫黑除恶专项经费', F.audit)],
  ['扫黑除恶专项经费执行率 ⏎ 自评分多少', 'staff-001', p('扫黑除恶专项经费', F.self)],
  ['扫黑除恶专项经费执行率 ⏎ 有哪些偏差', 'staff-001', p('扫黑除恶专项经费', F.deviations)],
  ['扫黑除恶专项经费执行率 ⏎ 为什么扣分', 'staff-001', p('扫黑除恶专项经费', F.lost)],
  ['平安建设宣传经费执行率 ⏎ 2', 'staff-001', has('平安建设宣传经费（'.concat(Y, '）'), '预算执行率')],
  ['政法委整体执行情况 ⏎ 去年呢', 'staff-001', has(`昌吉州党委政法委（${PY}）整体执行情况`)],
  ['哪些项目执行率低于序时进度 ⏎ 去年呢', 'staff-001', has(`${PY} · 执行率低于序时进度的项目`)],
  ['还剩多少没花', 'staff-001', NONE],
  ['详细', 'staff-001', NONE],
  ['去年呢', 'staff-001', NONE],

  // Lists, rankings and counts in the asker's unit and scope.
  ['哪些项目执行率低于序时进度', 'staff-001', has(`${Y} · 执行率低于序时进度的项目`, '扫黑除恶专项经费')],
  ['今年哪些项目执行率低于序时进度', 'staff-001', has(`${Y} · 执行率低于序时进度的项目`, `按有数据的年度回答：${Y}`)],
  ['哪些项目进度落后', 'staff-001', has('执行率低于序时进度的项目', '共 ')],
  ['执行率低于50%的项目', 'staff-001', has('执行率低于 50% 的项目', '铁路护路经费')],
  ['执行率不到30%的有哪些项目', 'staff-001', has('执行率低于 30% 的项目', '综治中心建设经费')],
  ['偏差最大的前五个', 'staff-001', has('偏差最大的前 5 个项目')],
  ['政法委哪些项目偏差大', 'staff-001', has('昌吉州党委政法委 · '.concat(Y, ' · 偏差最大的前 5 个项目'))],
  ['我们委哪些项目偏差大', 'staff-001', has('昌吉州党委政法委 · '.concat(Y, ' · 偏差最大的前 5 个项目'))],
  ['财政局哪些项目得分最低', 'staff-001', has('昌吉州财政局 · '.concat(Y, ' · 得分最低的前 5 个项目'), '预算绩效管理经费')],
  ['得分最低的三个项目', 'staff-001', has('得分最低的前 3 个项目')],
  ['哪些项目亮红灯', 'staff-001', has('亮红灯或黄灯的项目', '铁路护路经费')],
  ['政法委有哪些项目亮红灯', 'staff-001', has('昌吉州党委政法委 · '.concat(Y, ' · 亮红灯或黄灯的项目'), '扫黑除恶专项经费')],
  ['哪个项目执行率最低', 'staff-001', has('执行率最低的项目', '综治中心建设经费')],
  ['政法委哪个项目执行率最低', 'staff-001', has('昌吉州党委政法委 · '.concat(Y, ' · 执行率最低的项目'), '综治中心建设经费')],
  ['本单位项目排名', 'staff-001', has('昌吉州党委政法委 · '.concat(Y, ' · 执行率最高的前 10 个项目'), '社区网格化管理经费')],
  ['执行率最高的项目', 'staff-001', has('执行率最高的', '社区网格化管理经费')],
  ['政法委有几个项目', 'staff-001', has(`昌吉州党委政法委（${Y}）整体执行情况`, '共 9 个项目')],
  ['财政局有多少个项目', 'staff-001', has(`昌吉州财政局（${Y}）整体执行情况`, '共 5 个项目')],
  ['政法委整体执行情况', 'staff-001', has(`昌吉州党委政法委（${Y}）整体执行情况`, '÷ 资金到位')],
  ['我们委今年预算执行到多少了', 'staff-001', has(`昌吉州党委政法委（${Y}）整体执行情况`)],
  ['卫健委整体执行情况', 'staff-001', has(`昌吉州卫生健康委员会（${Y}）整体执行情况`)],
  ['教育局总体怎么样', 'staff-001', has(`昌吉州教育局（${Y}）整体执行情况`)],
  ['去年政法委整体执行情况', 'staff-001', has(`昌吉州党委政法委（${PY}）整体执行情况`)],
  ['列出执行率低于序时进度的项目', 'staff-001', has('执行率低于序时进度的项目')],

  // Questions with no answer, or not understood: never a figure.
  ['航天发射经费执行率', 'staff-001', NONE],
  ['今天天气怎么样', 'staff-001', NONE],
  ['宣传费花了多少', 'staff-001', NONE],
  ['满意度多少', 'staff-001', NONE],
  ['2015年综治工作经费执行率', 'staff-001', NONE],
  ['公安局整体执行情况', 'staff-001', NONE],
  ['xyzabc', 'staff-001', NONE],
  ['经费', 'staff-001', NONE],
  ['管理经费执行率', 'staff-001', ASK],
  ['平安建设宣传经费', 'staff-001', ASK],
  // 综治 is the established short name of 综治工作经费 (its name without the generic ending): no measure, so the overview.
  ['综治', 'staff-001', p('综治工作经费', F.overview)],

  // A unit member who may see only 教育局: other units' projects are not shown, not even by name.
  ['综治工作经费执行率多少', 'staff-edu', NONE],
  ['zzgzjf 得分', 'staff-edu', NONE],
  ['扫黑除恶专项经费花了多少', 'staff-edu', NONE],
  ['政法委整体执行情况', 'staff-edu', NONE],
  ['全州整体执行率', 'staff-edu', NONE],
  ['教师培训经费执行率', 'staff-edu', p('教师培训经费', F.rate, { unit: EDUCATION })],
  ['营养改善计划资金花了多少', 'staff-edu', p('义务教育营养改善计划资金', F.spent, { unit: EDUCATION })],
  ['保教费补助执行率', 'staff-edu', p('学前教育保教费补助资金', F.rate, { unit: EDUCATION })],
  ['校舍维修经费还剩多少', 'staff-edu', p('校舍安全维修经费', F.remaining, { unit: EDUCATION })],
  ['学生资助经费得分', 'staff-edu', p('学生资助补助经费', F.score, { unit: EDUCATION })],
  ['我们局整体执行情况', 'staff-edu', has(`昌吉州教育局（${Y}）整体执行情况`, '共 5 个项目')],
  ['本单位哪些项目执行率低于序时进度', 'staff-edu', has('昌吉州教育局 · '.concat(Y, ' · 执行率低于序时进度的项目'), '校舍安全维修经费')],
  ['本单位项目排名', 'staff-edu', has('昌吉州教育局 · '.concat(Y, ' · 执行率最高的前 10 个项目'), '教师培训经费')],

  // The prefecture's leader: the region as a whole, counties and units ranked, red/amber counts.
  ['全州整体执行率', 'leader', has(`昌吉回族自治州（${Y}）整体执行情况`, '÷ 资金到位', '共 34 个项目')],
  ['全州整体执行情况怎么样', 'leader', has(`昌吉回族自治州（${Y}）整体执行情况`)],
  ['今年全州执行率多少', 'leader', has(`昌吉回族自治州（${Y}）整体执行情况`, `按有数据的年度回答：${Y}`)],
  ['全州有几个红灯', 'leader', has(`昌吉回族自治州（${Y}）监控预警`, '红灯 ')],
  ['全州红色预警多少个', 'leader', has(`昌吉回族自治州（${Y}）监控预警`)],
  ['哪个县最低', 'leader', has(`昌吉回族自治州（${Y}）各县市执行率`, '执行率最低：')],
  ['哪个县执行率最低', 'leader', has('各县市执行率', '阜康市', '玛纳斯县')],
  ['各县市执行率排名', 'leader', has('各县市执行率', '共 2 个')],
  ['哪个单位执行率最低', 'leader', has(`昌吉回族自治州（${Y}）各单位执行率`, '执行率最低：')],
  ['各单位排名', 'leader', has('各单位执行率', '共 8 个')],
  ['阜康市有几个红色预警', 'leader', has(`阜康市（${Y}）监控预警`, '红灯 1 个')],
  ['阜康市整体执行情况', 'leader', has(`阜康市（${Y}）整体执行情况`, '共 3 个项目')],
  ['玛纳斯县整体执行情况', 'leader', has(`玛纳斯县（${Y}）整体执行情况`, '共 2 个项目')],
  ['阜康执行率多少', 'leader', has(`阜康市（${Y}）整体执行情况`)],
  ['全州哪些项目执行率低于序时进度', 'leader', has('执行率低于序时进度的项目', '共 ')],
  ['全州哪个项目执行率最低', 'leader', has('执行率最低的项目', '综治中心建设经费')],
  ['阜康市哪些项目执行率低于序时进度', 'leader', has('执行率低于序时进度的项目', '农村饮水工程维护经费')],
  ['去年全州整体执行率', 'leader', has(`昌吉回族自治州（${PY}）整体执行情况`)],
  ['全州整体执行率 ⏎ 去年呢', 'leader', has(`昌吉回族自治州（${PY}）整体执行情况`)],
  ['综治工作经费执行率', 'leader', p('综治工作经费', F.rate)],
  ['what is the overall execution rate of the whole prefecture', 'leader', has(`昌吉回族自治州（${Y}）整体执行情况`)],
  ['which county is the lowest', 'leader', has('各县市执行率')],
  ['how many red alerts in 阜康市', 'leader', has(`阜康市（${Y}）监控预警`)],

  // 阜康市's leader: their county only.
  ['全市整体执行情况', 'leader-fukang', has(`阜康市（${Y}）整体执行情况`, '共 3 个项目')],
  ['阜康市有几个红色预警', 'leader-fukang', has(`阜康市（${Y}）监控预警`, '红灯 1 个')],
  ['我们市有几个红灯', 'leader-fukang', has(`阜康市（${Y}）监控预警`)],
  ['哪个单位执行率最低', 'leader-fukang', has(`阜康市（${Y}）各单位执行率`, '阜康市水利局')],
  ['哪个县最低', 'leader-fukang', has('阜康市下没有县市', '各单位执行率')],
  ['农田灌溉节水改造经费执行率', 'leader-fukang', p('农田灌溉节水改造经费', F.rate, { unit: FUKANG_WATER })],
  ['低保补助资金花了多少', 'leader-fukang', p('城乡低保补助资金', F.spent, { unit: '阜康市民政局' })],
  ['玛纳斯县整体执行情况', 'leader-fukang', NONE],
  ['综治工作经费执行率', 'leader-fukang', NONE],
  ['水利局整体执行情况', 'leader-fukang', has(`阜康市水利局（${Y}）整体执行情况`)],

  // Finance reviewers: audit findings, claimed against recomputed scores, across units.
  ['综治工作经费审核有什么问题', 'reviewer', p('综治工作经费', F.audit)],
  ['政法干部培训经费审核发现了什么问题', 'reviewer', p('政法干部培训经费', F.audit)],
  ['政府采购监管经费自评分多少', 'reviewer', p('政府采购监管经费', F.self, { unit: FINANCE })],
  ['政府采购监管经费重算分', 'reviewer', p('政府采购监管经费', F.self, { unit: FINANCE })],
  ['国有资产管理经费为什么扣分', 'reviewer', p('国有资产管理经费', F.lost, { unit: FINANCE })],
  ['资产管理经费评级', 'reviewer', p('国有资产管理经费', F.score, { unit: FINANCE })],
  ['疫情防控经费有哪些偏差', 'reviewer', p('疫情防控专项经费', F.deviations, { unit: HEALTH })],
  ['河长制经费执行率', 'reviewer', p('河湖长制工作经费', F.rate, { unit: WATER })],
  ['水保经费执行率', 'reviewer', p('水土保持治理经费', F.rate, { unit: WATER })],
  ['哪些项目得分最低', 'reviewer', has('得分最低的前 5 个项目')],
  ['卫健委哪些项目执行率低于序时进度', 'reviewer', has('昌吉州卫生健康委员会 · '.concat(Y, ' · 执行率低于序时进度的项目'))],
  ['财政局整体执行情况', 'reviewer', has(`昌吉州财政局（${Y}）整体执行情况`)],
  ['全州整体执行率', 'reviewer', has(`昌吉回族自治州（${Y}）整体执行情况`)],
  ['哪个单位执行率最低', 'reviewer', has('各单位执行率', '执行率最低：')],
  ['政法委整体执行情况', 'reviewer', ASK],
  ['政府采购经费执行率 ⏎ 自评分呢', 'reviewer', p('政府采购监管经费', F.self, { unit: FINANCE })],
  ['政府采购经费执行率 ⏎ 审核发现了什么问题', 'reviewer', p('政府采购监管经费', F.audit, { unit: FINANCE })],

  // An unlinked chat account sees nothing.
  ['综治工作经费执行率多少', 'stranger', NONE],
  ['全州整体执行率', 'stranger', NONE],
];

const CASES: readonly Case[] = RAW.map(([text, user, expect]) => ({ asks: text.split(' ⏎ '), user, expect }));

type Verdict = 'right' | 'unsure' | 'wrong';

/** A reply with figures carries its as-of date; notices, ask-backs and refusals do not. */
const hasFigures = (reply: string) => reply.includes('数据截至');
const asksBack = (reply: string) => reply.includes('您问的是哪一个？') || reply.includes('的哪一项？');

async function judge(reply: string, expected: Expect, port: FakeDataPort): Promise<Verdict> {
  switch (expected.kind) {
    case 'project': {
      if (!hasFigures(reply)) return 'unsure';
      const reviewer = await port.userForChat('console', 'reviewer');
      const project = DEMO_PROJECTS.find((c) => c.name === expected.name && c.unitName === expected.unit && c.fiscalYear === expected.year);
      if (reviewer === null || project === undefined) throw new Error(`no such project in the fixture: ${expected.name}`);
      const status = await port.projectStatus(reviewer, project.id);
      if (status === null) throw new Error(`no status for ${project.id}`);
      return reply.startsWith(`【${expected.name}（${expected.year}年）】`) && reply.includes(expected.fact(status)) ? 'right' : 'wrong';
    }
    case 'contains':
      if (!hasFigures(reply)) return 'unsure';
      return expected.facts.every((fact) => reply.includes(fact)) ? 'right' : 'wrong';
    case 'askBack':
      return asksBack(reply) ? 'right' : hasFigures(reply) ? 'wrong' : 'unsure';
    case 'noData':
      return hasFigures(reply) ? 'wrong' : 'right';
  }
}

describe('issue 12 phrasing suite (staff, leaders, finance reviewers)', () => {
  it('has at least 150 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it('answers at least 95% right and never about a different project or measure', async () => {
    const port = new FakeDataPort();
    const counts: Record<Verdict, number> = { right: 0, unsure: 0, wrong: 0 };
    const misses: string[] = [];
    for (const [index, c] of CASES.entries()) {
      const state = new InMemoryChatStateStore();
      const client = new MockClient((message) => handleMessage(message, { data: port, state, today: () => TODAY }), {
        chatUserId: c.user,
        chatId: `suite-${index}`,
      });
      let reply: string | null = null;
      for (const text of c.asks) reply = await client.receive(text);
      const verdict = reply === null ? 'wrong' : await judge(reply, c.expect, port);
      counts[verdict] += 1;
      if (verdict !== 'right') misses.push(`${verdict}: [${c.user}] ${c.asks.join(' ⏎ ')} → ${JSON.stringify(c.expect.kind === 'project' ? c.expect.name : c.expect)}\n${reply ?? '(no reply)'}`);
    }
    console.info(`phrasing suite: ${CASES.length} phrasings — right ${counts.right}, unsure ${counts.unsure}, wrong ${counts.wrong} (${((100 * counts.right) / CASES.length).toFixed(1)}% right)`);
    for (const miss of misses) console.info(`  ${miss.replace(/\n/g, '\n    ')}`);
    expect(counts.wrong).toBe(0);
    expect(counts.right / CASES.length).toBeGreaterThanOrEqual(0.95);
  });
});
