import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { LoadersModule } from '../../graphql/loaders.module.js';
import { DocumentReaderService } from './document-reader.service.js';
import { ImportPreviewController } from './import-preview.controller.js';
import { ImportPreviewService } from './import-preview.service.js';
import { ProjectDocumentsController } from './project-documents.controller.js';
import { ProjectDocumentsService } from './project-documents.service.js';

/** Documents in and out over plain HTTP: the upload preview and the 自评表 / 评价报告 downloads. */
@Module({
  imports: [AuthModule, LoadersModule],
  controllers: [ImportPreviewController, ProjectDocumentsController],
  providers: [DocumentReaderService, ImportPreviewService, ProjectDocumentsService],
})
export class DocumentsModule {}
