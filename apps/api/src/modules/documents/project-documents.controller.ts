import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { attachment } from './content-disposition.js';
import { ProjectDocumentsService, type DocumentFile } from './project-documents.service.js';

/**
 * Downloads, as plain HTTP because they are files: the dashboard fetches them with its Bearer
 * token and saves the blob. Same guard, same `@Allow`, same row scope as GraphQL.
 */
@Controller('projects')
export class ProjectDocumentsController {
  constructor(private readonly documents: ProjectDocumentsService) {}

  @Get(':id/self-evaluation-sheet.xlsx')
  @Allow(Permission.ReadProject)
  async selfEvaluationSheet(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.documents.selfEvaluationSheet(ctx, id), 'self-evaluation-sheet.xlsx');
  }

  @Get(':id/evaluation-report.docx')
  @Allow(Permission.ReadProject)
  async evaluationReport(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.documents.evaluationReport(ctx, id), 'evaluation-report.docx');
  }
}

function send(reply: FastifyReply, file: DocumentFile, asciiName: string): Buffer {
  // Project data: never cached by the browser or a proxy, never sniffed into something else.
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.fileName, asciiName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff');
  return Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
}
