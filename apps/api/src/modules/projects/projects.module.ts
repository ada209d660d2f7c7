import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { IndicatorColoursBackfillService } from './indicator-colours-backfill.service.js';
import { ProjectChangeService } from './project-change.service.js';
import { ProjectMutationService } from './project-mutation.service.js';
import { ProjectMutationsResolver } from './project-mutations.resolver.js';
import { ProjectQueryService } from './project-query.service.js';
import { ProjectsResolver } from './projects.resolver.js';

@Module({
  imports: [AuthModule],
  providers: [IndicatorColoursBackfillService, ProjectQueryService, ProjectChangeService, ProjectMutationService, ProjectsResolver, ProjectMutationsResolver],
  exports: [ProjectQueryService, ProjectChangeService],
})
export class ProjectsModule {}
