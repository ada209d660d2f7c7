import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { HistoryController } from './history.controller.js';
import { HistoryFieldsResolver } from './history-fields.resolver.js';

/** 变更记录: the project's history in GraphQL and as .xlsx. Writes append to it in ProjectChangeService. */
@Module({
  imports: [ProjectsModule],
  controllers: [HistoryController],
  providers: [HistoryFieldsResolver],
})
export class HistoryModule {}
