/** The digest's Chinese texts, in one place (the push counterpart of locales/zh-CN.ts). */
export const DIGEST_TEXTS = {
  title: (frequency: 'daily' | 'weekly') => (frequency === 'daily' ? '绩效每日预警摘要' : '绩效预警周报'),
  part: (title: string, index: number, count: number) => `${title}（${index}/${count}）`,
  heading: (fiscalYear: number, asOf: string) => `${fiscalYear} 年度，数据截至 ${asOf}`,
  noProjects: (fiscalYear: number) => `${fiscalYear} 年度暂无您可查看的项目数据：这不表示没有预警，请确认数据是否已录入。`,
  newAlerts: (fresh: number, all: number, since: string | null) =>
    since === null ? `**红/黄灯预警 ${all} 个**（预算执行率低于序时进度）` : `**新增红/黄灯预警 ${fresh} 个**（自上次摘要以来；当前共 ${all} 个）`,
  behindIndicators: (n: number) => `**绩效指标进度落后于序时进度的项目 ${n} 个**`,
  awaitingEvaluations: (n: number) => `**待您评价或提交的绩效评价 ${n} 个**`,
  colour: (colour: string | null) => (colour === 'red' ? '【红】' : colour === 'amber' ? '【黄】' : ''),
  item: (name: string, unit: string, year: number, detail: string) => `${name}（${unit}，${year} 年度）：${detail}`,
  more: (n: number) => `……另有 ${n} 个未列出，请在仪表盘查看`,
  yearEnd: (yearEnd: string, days: number) =>
    days >= 0 ? `**年度预算执行截止**：${yearEnd}，还有 ${days} 天` : `**年度预算执行截止**：${yearEnd}，已过 ${-days} 天`,
  openDashboard: '打开仪表盘',
  unsubscribeHint: '回复“取消订阅”可停止接收。',
} as const;
