import type { AlertColour, Grade } from '../data/shapes.js';

/**
 * Every Chinese text the bot says, in one place (the koishi habit: replies come from a locale file, builders
 * only choose and fill). Money arrives already formatted in 万元, percentages with two decimals.
 */
export const zhCN = {
  grade: { excellent: '优', good: '良', fair: '中', poor: '差' } satisfies Record<Grade, string>,
  alert: { red: '红灯', amber: '黄灯', green: '绿灯' } satisfies Record<AlertColour, string>,

  projectTitle: (name: string, year: number) => `${name}（${year}年）`,
  executionRate: (rate: string) => `预算执行率 ${rate}%`,
  executionRateUnknown: '预算执行率：资金尚未到位，无法计算',
  fundingRate: (rate: string, receivedWan: string) => `资金到位率 ${rate}%（已到位 ${receivedWan} 万元）`,
  fundingRateUnknown: '资金到位率：预算为零，无法计算',
  budget: (wan: string) => `全年预算 ${wan} 万元`,
  spent: (wan: string) => `已支出 ${wan} 万元`,
  remaining: (wan: string) => `尚未支出 ${wan} 万元（全年预算减已支出）`,
  moneyContext: (budgetWan: string, spentWan: string) => `预算 ${budgetWan} 万元，已支出 ${spentWan} 万元`,
  timeProgress: (progress: string) => `序时进度 ${progress}%`,
  deviationAbove: (points: string) => `执行率高于序时进度 ${points} 个百分点`,
  deviationBelow: (points: string) => `执行率低于序时进度 ${points} 个百分点`,
  deviationEven: '执行率与序时进度持平',
  asOf: (date: string) => `数据截至 ${date}`,
  alertStatus: (label: string) => `监控预警：${label}`,
  alertReasonsHeader: (label: string) => `亮${label}的原因：`,
  alertGreen: '当前为绿灯，执行正常，没有预警。',
  bullet: (text: string) => `· ${text}`,
  score: (score: string, grade: string) => `总分 ${score} 分，评级「${grade}」`,
  notScored: '该项目尚未完成评价打分。',
  derivationHeader: '得分依据：',
  derivationLine: (indicator: string, score: string, weight: string, explanation: string) =>
    `· ${indicator}：${score}/${weight} 分（${explanation}）`,
  moreLines: (count: number) => `……另有 ${count} 项，请在看板中查看`,
  failedCount: (count: number) => `未达标指标 ${count} 项`,
  allIndicatorsMet: '绩效指标均已达标。',
  failedLine: (name: string, target: string, actual: string, reason: string | null) =>
    `· ${name}：目标 ${target}，实际 ${actual}${reason === null ? '' : `（${reason}）`}`,
  dashboardLink: '在绩效看板中查看',
  partTitle: (title: string, part: number, parts: number) => `${title}（${part}/${parts}）`,

  listTitle: {
    belowTimeProgress: '执行率低于序时进度的项目',
    executionBelow: (percent: number) => `执行率低于 ${percent}% 的项目`,
    largestDeviation: (limit: number) => `偏差最大的前 ${limit} 个项目`,
    lowestScore: (limit: number) => `得分最低的前 ${limit} 个项目`,
    alerted: '亮红灯或黄灯的项目',
  },
  listScope: (unitName: string, title: string) => `${unitName} · ${title}`,
  listCount: (count: number, asOf: string) => `共 ${count} 个项目，数据截至 ${asOf}`,
  listFirst: (count: number, asOf: string) => `符合条件的项目较多，以下为前 ${count} 个（数据截至 ${asOf}），其余请在看板中查看`,
  listEmpty: (asOf: string) => `没有符合条件的项目（数据截至 ${asOf}）。`,
  column: { project: '项目', unit: '单位', executionRate: '执行率', timeProgress: '序时进度', deviation: '偏差(百分点)', score: '得分', alert: '预警' },
  notAvailable: '—',

  unitTitle: (unitName: string, year: number) => `${unitName}（${year}年）整体执行情况`,
  unitProjects: (count: number, budgetWan: string, spentWan: string) => `共 ${count} 个项目，预算 ${budgetWan} 万元，已支出 ${spentWan} 万元`,
  unitAlerts: (red: number, amber: number, green: number) => `预警：红灯 ${red} 个，黄灯 ${amber} 个，绿灯 ${green} 个`,

  helpTitle: '绩效助手可以查询',
  helpLines: [
    '· 单个项目：综治工作经费执行率多少 / 综治经费花了多少 / 还剩多少没花 / 得分 / 评级 / 哪些指标没达标 / 为什么是红灯',
    '· 项目列表：哪些项目执行率低于序时进度 / 执行率低于50%的项目 / 偏差最大的前五个 / 得分最低的项目',
    '· 单位汇总：政法委整体执行情况 / 我们委今年预算执行到多少了',
    '· 年度：在问题前加 2022年、今年 或 去年',
    '· 项目名可以简写，也可以用拼音首字母，如 zzgzjf',
  ],
  dataDateTitle: '数据日期',
  dataDate: (date: string) => `当前数据更新到 ${date}。`,
  noData: '暂时还没有可查询的数据。',

  accessTitle: '暂无查询权限',
  accessLines: [
    '您的聊天账号还没有关联绩效系统用户，因此无法查询数据。',
    '请联系本单位的绩效系统管理员，在“用户管理”中为您绑定聊天账号后再试。',
  ],

  serviceErrorTitle: '暂时无法查询',
  serviceError: '绩效系统暂时没有响应，请稍后再试。',

  notFoundTitle: '没有找到项目',
  projectNotFound: (mention: string) => `没有找到与「${mention}」相符、且您有权查看的项目。`,
  projectUnavailable: '这个项目现在无法查看：可能已被删除，或您没有查看权限。',
  unitNotFound: (mention: string) => `没有找到与「${mention}」相符、且您有权查看的单位。`,
  tryFullName: '可以换个说法或输入完整名称；发送“帮助”查看示例。',
  needProjectTitle: '请说明是哪个项目',
  needProject: '请带上项目名称，例如：综治工作经费执行率多少',
  needUnit: '请说明是哪个单位，例如：政法委整体执行情况',

  askBackTitle: '您问的是哪一个？',
  askBackHint: (count: number) => `请回复序号 1–${count}`,
  projectOption: (index: number, name: string, unitName: string, year: number) => `${index}. ${name}（${unitName}，${year}年）`,
  unitOption: (index: number, unitName: string) => `${index}. ${unitName}`,
  choiceOutOfRange: (count: number) => `序号超出范围，请回复 1–${count}。`,
  noPendingChoice: '现在没有需要选择的问题；请直接提问，或发送“帮助”。',

  unknownTitle: '没有理解您的问题',
  unknown: '请换个说法，或发送“帮助”查看可以查询的内容。',
} as const;
