import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ImportPreviewService } from './import-preview.service.js';
import type { ImportPreview } from './import-preview.presenter.js';
import { readUpload } from './upload.js';

/**
 * POST /documents/preview (multipart, field `file`): what an upload would import, nothing saved.
 * Plain HTTP rather than GraphQL: see docs/decisions/0002-document-upload.md.
 */
@Controller('documents')
export class ImportPreviewController {
  constructor(private readonly previews: ImportPreviewService) {}

  @Post('preview')
  @HttpCode(200)
  // Those who may import: the roles that create projects (the unit is checked against the file).
  @Allow(Permission.EditProject)
  async preview(@Ctx() ctx: RequestContext, @Req() request: FastifyRequest): Promise<ImportPreview> {
    return this.previews.preview(ctx, await readUpload(request));
  }
}
