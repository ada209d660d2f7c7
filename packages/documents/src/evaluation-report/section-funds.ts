import { Decimal, formatChineseDate, formatPercent, formatWanYuan, toWanYuan } from '@jixiao/core';
import type { FileChild } from 'docx';
import { body, caption, heading1, heading2, image, table } from './docx-parts.js';
import { FUND_SOURCE_LABELS, type ReportContext, yearText } from './report-context.js';

/** 二、项目资金使用及管理情况: budget by source, received, spent, the expense breakdown and the execution chart. */
export function fundsSection({ project, figures, charts }: ReportContext): FileChild[] {
  const { budget } = project;
  const sources = budget.lines.map((l) => `${FUND_SOURCE_LABELS[l.fundSource]}${formatWanYuan(l.adjustedBudgetAmount)}`).join('、');
  const funding = figures.fundingRate ? `，资金到位率${formatPercent(figures.fundingRate)}` : '';
  const execution = figures.executionRate ? `，预算执行率${formatPercent(figures.executionRate)}（实际支出 ÷ 实际到位）` : '';
  const asOf = budget.asOf ? `截至${formatChineseDate(budget.asOf)}，` : '';
  const children: FileChild[] = [
    heading1('二、项目资金使用及管理情况'),
    heading2('（一）项目资金安排落实、总投入情况'),
    body(`${yearText(project.info.fiscalYear)}“${project.info.name}”项目预算安排资金总额${formatWanYuan(figures.adjustedBudgetAmount)}，其中${sources}；实际到位${formatWanYuan(figures.receivedAmount)}${funding}。`),
    heading2('（二）项目资金实际使用情况'),
    body(`${asOf}本项目实际支出${formatWanYuan(figures.spentAmount)}${execution}。`),
  ];
  if (budget.expenses.length > 0) {
    const total = Decimal.sum(budget.expenses.map((e) => e.amount));
    const share = (amount: Decimal) => (figures.spentAmount.isZero() ? '—' : formatPercent(amount.dividedBy(figures.spentAmount)));
    const rows = budget.expenses.map((e, i) => [String(i + 1), { text: e.category, align: 'left' as const }, toWanYuan(e.amount).toFixed(2), share(e.amount)]);
    rows.push(['', { text: '合计', align: 'left' as const }, toWanYuan(total).toFixed(2), share(total)]);
    children.push(body('项目资金支出明细如下（单位：万元）：'), table(['序号', '支出内容', '金额（万元）', '占实际支出比例'], rows, [800, 4400, 1900, 1900]));
    if (!total.eq(figures.spentAmount)) {
      children.push(body(`注：支出明细合计${formatWanYuan(total)}，与实际支出${formatWanYuan(figures.spentAmount)}相差${formatWanYuan(total.minus(figures.spentAmount).abs())}。`));
    }
  }
  if (charts.execution) {
    children.push(image(charts.execution, 560, 315, '预算执行率与序时进度'));
    children.push(caption(budget.payments.length > 0 ? '图1 分月累计预算执行率与序时进度' : '图1 年末预算执行率与序时进度（无分月支付数据）'));
  }
  return children;
}
