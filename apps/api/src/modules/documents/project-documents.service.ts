import { exportEvaluationReport, exportSelfEvaluationSheet } from '@jixiao/documents';
import { Injectable } from '@nestjs/common';
import { ProjectAccessService } from '../../auth/policy/project-access.service.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { isId } from '../../common/validation/ids.js';
import { RequestLoadersFactory, type AnalysedProject } from '../../graphql/request-loaders.js';

export interface DocumentFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A stored project's 自评表 and 绩效评价报告, built from the same load and core analysis that
 * GraphQL's detail fields use (request-loaders.ts: rows → project file → core), so the documents
 * show the numbers the dashboard shows.
 */
@Injectable()
export class ProjectDocumentsService {
  constructor(
    private readonly access: ProjectAccessService,
    private readonly loaders: RequestLoadersFactory,
  ) {}

  async selfEvaluationSheet(ctx: RequestContext, id: string): Promise<DocumentFile> {
    const { aggregate, analysis } = await this.load(ctx, id);
    const card = analysis.report?.card;
    if (!card) throw noEvaluation('自评表');
    return { fileName: `${aggregate.project.name}-自评表.xlsx`, contentType: XLSX, bytes: await exportSelfEvaluationSheet(analysis.project, card) };
  }

  async evaluationReport(ctx: RequestContext, id: string): Promise<DocumentFile> {
    const { aggregate, analysis } = await this.load(ctx, id);
    const report = analysis.report;
    if (!report) throw noEvaluation('绩效评价报告');
    const bytes = await exportEvaluationReport(analysis.project, { card: report.card, audit: report, charts: true });
    return { fileName: `${aggregate.project.name}-绩效评价报告.docx`, contentType: DOCX, bytes };
  }

  /** Through the read scope: a project the caller may not read is NOT_FOUND, like GraphQL's `project(id)` answering null. */
  private async load(ctx: RequestContext, id: string): Promise<AnalysedProject> {
    if (!isId(id)) throw ApiError.notFound('项目');
    await this.access.assert(ctx, id, 'read');
    return this.loaders.create().project.load(id);
  }
}

function noEvaluation(document: string): ApiError {
  return new ApiError(ApiErrorCode.Conflict, `该项目还没有绩效评价指标，无法生成${document}`, { reason: 'noEvaluation' });
}
