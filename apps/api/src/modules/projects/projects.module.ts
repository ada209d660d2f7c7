import { Module } from '@nestjs/common';
import { ProjectQueryService } from './project-query.service.js';
import { ProjectsResolver } from './projects.resolver.js';

@Module({ providers: [ProjectQueryService, ProjectsResolver], exports: [ProjectQueryService] })
export class ProjectsModule {}
