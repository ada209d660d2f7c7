import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { exportProjectHistory } from '@jixiao/documents';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError } from '../../common/errors/api-error.js';
import { DB, type Db } from '../../database/database.types.js';
import { attachment } from '../documents/content-disposition.js';
import { ProjectQueryService } from '../projects/project-query.service.js';
import { allProjectHistory } from './history-query.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The project's 变更记录 as .xlsx, downloaded like the 自评表: Bearer token, same row scope. */
@Controller('projects')
export class HistoryController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly projects: ProjectQueryService,
  ) {}

  @Get(':id/history.xlsx')
  @Allow(Permission.ReadProject)
  async history(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const project = await this.projects.byId(ctx, id);
    if (!project) throw ApiError.notFound('项目');
    const changes = await allProjectHistory(this.db, project.id);
    const bytes = await exportProjectHistory({ projectName: project.name, unitName: project.unit.name, fiscalYear: project.fiscalYear, changes });
    void reply
      .header('content-type', XLSX)
      .header('content-disposition', attachment(`${project.name}-${project.fiscalYear}-变更记录.xlsx`, 'history.xlsx'))
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
