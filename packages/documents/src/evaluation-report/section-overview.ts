import type { FileChild } from 'docx';
import { body, heading1, heading2, table } from './docx-parts.js';
import type { ReportContext } from './report-context.js';

/** 一、项目概况: who runs the project, where, under which document, and what it set out to do. */
export function overviewSection({ project, card }: ReportContext): FileChild[] {
  const { info } = project;
  const facts = [
    `“${info.name}”项目的实施单位为${info.unit.name}`,
    info.supervisingDepartment ? `主管部门为${info.supervisingDepartment}` : undefined,
    info.region ? `所属地区为${info.region.name}（行政区划代码${info.region.code}）` : undefined,
    info.fiscalYear === undefined ? undefined : `项目年度为${info.fiscalYear}年`,
    info.fundingDocument ? `资金依据为${info.fundingDocument}文件` : undefined,
  ].filter((s): s is string => s !== undefined);
  const goals: FileChild[] = [heading2('（二）项目绩效目标')];
  goals.push(body(`1.总体目标：${info.goals.overall ?? '报告未载明总体目标。'}`));
  for (const phase of info.goals.phases) goals.push(body(phase));
  goals.push(body(`2.阶段性目标：项目设定了${card.indicators.filter((s) => s.indicator.targetText).length}项有指标值的三级指标，详见下表。`));
  const rows = card.dimensions.flatMap((d) =>
    d.groups.flatMap((g) => g.indicators.filter((s) => s.indicator.targetText).map((s) => [d.name, g.name, { text: s.indicator.name, align: 'left' as const }, s.indicator.targetText ?? ''])),
  );
  goals.push(table(['一级指标', '二级指标', '三级指标', '年度指标值'], rows, [1200, 1400, 4200, 2200]));
  return [heading1('一、项目概况'), heading2('（一）项目基本情况'), body(`${facts.join('，')}。`), ...goals];
}
