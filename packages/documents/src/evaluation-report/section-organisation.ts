import type { FileChild } from 'docx';
import { body, heading1, heading2, table } from './docx-parts.js';
import { KIND_LABELS, ROLE_LABELS, type ReportContext } from './report-context.js';

/** 三、项目组织实施情况: the kind of evaluation, the framework it was scored under, and the team. */
export function organisationSection({ project, card }: ReportContext): FileChild[] {
  const evaluation = project.evaluation;
  const children: FileChild[] = [heading1('三、项目组织实施情况'), heading2('（一）评价方式与指标体系')];
  const weights = card.dimensions.map((d) => `${d.name}${d.weight.normalize().toString()}分`).join('、');
  children.push(
    body(`本次评价为${evaluation ? KIND_LABELS[evaluation.kind] : '评价'}，采用“${card.framework.name}”指标体系（${card.framework.basis}），一级指标权重为${weights}，合计${card.totalWeight.normalize().toString()}分。`),
  );
  children.push(heading2('（二）评价工作组'));
  const team = evaluation?.team ?? [];
  if (team.length === 0) children.push(body('报告未载明评价工作组成员。'));
  else children.push(table(['职务', '姓名', '单位及职务'], team.map((m) => [ROLE_LABELS[m.role], m.name, { text: m.title ?? '', align: 'left' as const }]), [1400, 1600, 6000]));
  return children;
}
