import { Inject } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DB, type Db } from '../../database/database.types.js';
import { Project } from '../projects/models/project.model.js';
import { projectHistory } from './history-query.js';
import { ProjectHistoryPage } from './models/project-change.model.js';

@Resolver(() => Project)
export class HistoryFieldsResolver {
  constructor(@Inject(DB) private readonly db: Db) {}

  @ResolveField(() => ProjectHistoryPage, {
    description: '变更记录: who changed what and when, field by field, newest first.',
    complexity: 10,
  })
  history(
    @Parent() project: Project,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–100.' }) first: number,
    @Args('beforeVersion', { type: () => Int, nullable: true, description: 'The next page: changes older than this version.' })
    beforeVersion?: number,
    @Args('sinceVersion', { type: () => Int, nullable: true, description: 'Only changes newer than this version (e.g. since the copy a client edited).' })
    sinceVersion?: number,
  ): Promise<ProjectHistoryPage> {
    // The parent project was read through the caller's scope: its history is as readable as it is.
    return projectHistory(this.db, project.id, { first, beforeVersion, sinceVersion });
  }
}
