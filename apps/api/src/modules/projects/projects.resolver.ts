import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ProjectsArgs } from './dto/projects.args.js';
import { ProjectConnection } from './models/project-connection.model.js';
import { Project } from './models/project.model.js';
import { ProjectQueryService } from './project-query.service.js';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(private readonly query: ProjectQueryService) {}

  @Query(() => ProjectConnection, { description: 'Projects the caller may read, filtered, sorted and paginated.' })
  @Allow(Permission.ReadProject)
  projects(@Ctx() ctx: RequestContext, @Args() args: ProjectsArgs): Promise<ProjectConnection> {
    return this.query.list(ctx, args);
  }

  @Query(() => Project, { nullable: true, description: 'One project; null when it does not exist or the caller may not read it.' })
  @Allow(Permission.ReadProject)
  project(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Project | null> {
    return this.query.byId(ctx, id);
  }

  @Query(() => [Project], {
    description: 'Projects by a partial or loosely typed name (“综治经费” finds “综治工作经费”), best matches first.',
  })
  @Allow(Permission.ReadProject)
  searchProjects(
    @Ctx() ctx: RequestContext,
    @Args('name') name: string,
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number,
    @Args('first', { type: () => Int, defaultValue: 10 }) first?: number,
  ): Promise<Project[]> {
    return this.query.search(ctx, name, fiscalYear, first ?? 10);
  }
}
