import { formatScore } from '@jixiao/core';
import type { FileChild } from 'docx';
import { body, heading1, heading2 } from './docx-parts.js';
import { KIND_LABELS, ROLE_LABELS, type ReportContext, yearText } from './report-context.js';

/** 六、项目评价工作情况: the conclusion (recomputed total and grade against the claim) and how the evaluation was done. */
export function conclusionSection({ project, card, audit }: ReportContext): FileChild[] {
  const claimed = audit.claimed.totalScore;
  const errors = audit.findings.filter((f) => f.severity === 'error').length;
  const comparison = claimed
    ? claimed.eq(card.totalScore)
      ? `与报告自评总分${formatScore(claimed)}分一致`
      : `报告自评总分为${formatScore(claimed)}分${audit.claimed.grade ? `（“${audit.claimed.grade}”）` : ''}，相差${formatScore(claimed.minus(card.totalScore).abs())}分`
    : '报告未填报总分';
  const team = project.evaluation?.team ?? [];
  const children: FileChild[] = [
    heading1('六、项目评价工作情况'),
    heading2('（一）评价结论'),
    body(`经按评分规则逐项复核，“${project.info.name}”项目${yearText(project.info.fiscalYear)}${project.info.fiscalYear === undefined ? '' : '度'}绩效评价总得分${formatScore(card.totalScore)}分，评级为“${card.grade.label}”；${comparison}。复核发现错误${errors}项，详见第五部分。`),
    heading2('（二）评价工作开展情况'),
    body(
      `本次${project.evaluation ? KIND_LABELS[project.evaluation.kind] : '评价'}由${team.length > 0 ? team.map((m) => `${m.name}（${ROLE_LABELS[m.role]}）`).join('、') : '评价工作组'}组织实施，经前期准备、组织实施、分析评价、撰写与提交报告、归集档案五个阶段完成。本报告中的金额、比率和得分均由系统按项目数据计算生成。`,
    ),
  ];
  return children;
}
