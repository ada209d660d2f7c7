import { auditProject, budgetFigures, scoreProject, type AuditReport, type Project, type ScoreCard } from '@jixiao/core';
import { Document, Packer } from 'docx';
import { deviationChartOption, executionChartOption, scoreChartOption } from '../chart-images/project-charts.js';
import { renderChartPng, type PngOptions } from '../chart-images/render-chart.js';
import { centered, FONT, title } from './docx-parts.js';
import type { ReportContext } from './report-context.js';
import { conclusionSection } from './section-conclusion.js';
import { deviationsSection } from './section-deviations.js';
import { fundsSection } from './section-funds.js';
import { organisationSection } from './section-organisation.js';
import { overviewSection } from './section-overview.js';
import { scoresSection } from './section-scores.js';

export interface EvaluationReportOptions {
  /** Defaults to the core's recomputation of the project. */
  readonly card?: ScoreCard;
  readonly audit?: AuditReport;
  /** Leave the charts out (faster; for previews). */
  readonly charts?: boolean;
  /** Passed to the PNG renderer: fonts, scale. */
  readonly png?: PngOptions;
}

/**
 * The 绩效评价报告 (.docx) of a project with an evaluation, in the sections of the sample report
 * (一、项目概况 … 六、项目评价工作情况). Every figure is computed from the data by the core and
 * formatted by its rounding policy; the charts are the dashboard's ECharts options rendered on the
 * server (SVG → PNG).
 */
export async function exportEvaluationReport(project: Project, options: EvaluationReportOptions = {}): Promise<Uint8Array> {
  const card = options.card ?? scoreProject(project);
  const audit = options.audit ?? auditProject(project);
  if (!card || !audit) throw new Error('项目没有绩效评价数据，无法生成评价报告');
  const withCharts = options.charts ?? true;
  const png = async (option: object | undefined, height: number) => (withCharts && option ? renderChartPng(option, { width: 640, height }, options.png) : undefined);
  const [execution, scores, deviations] = await Promise.all([
    png(executionChartOption(project), 360),
    png(scoreChartOption(card), 360),
    png(deviationChartOption(card), 420),
  ]);
  const context: ReportContext = {
    project,
    card,
    audit,
    figures: budgetFigures(project.budget),
    charts: { ...(execution ? { execution } : {}), ...(scores ? { scores } : {}), ...(deviations ? { deviations } : {}) },
  };
  const document = new Document({
    creator: 'Jixiao 绩效',
    title: `${project.info.name}绩效评价报告`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [
          title(`“${project.info.name}”项目支出绩效评价报告`),
          centered(project.info.fiscalYear === undefined ? project.info.unit.name : `（${project.info.fiscalYear}年度）\u3000${project.info.unit.name}`),
          ...overviewSection(context),
          ...fundsSection(context),
          ...organisationSection(context),
          ...scoresSection(context),
          ...deviationsSection(context),
          ...conclusionSection(context),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
