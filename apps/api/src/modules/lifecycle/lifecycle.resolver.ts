import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { LifecycleService, TODO_PAGE_MAX } from './lifecycle.service.js';
import { ProjectLifecycle } from './models/project-lifecycle.model.js';
import { TodoList } from './models/todo-list.model.js';

@Resolver(() => ProjectLifecycle)
export class LifecycleResolver {
  constructor(private readonly service: LifecycleService) {}

  @Query(() => ProjectLifecycle, { description: 'Where a project\'s year stands, what waits for whom, and every step taken (NOT_FOUND outside the caller\'s read scope).' })
  @Allow(Permission.ReadProject)
  projectLifecycle(@Ctx() ctx: RequestContext, @Args('projectId', { type: () => ID }) projectId: string): Promise<ProjectLifecycle> {
    return this.service.lifecycle(ctx, projectId);
  }

  @Query(() => TodoList, {
    description: `待办: the steps waiting for the signed-in user (unit staff: their unit's; finance: the reviews; admin: both; leaders and evaluators: none). first: 1–${TODO_PAGE_MAX}.`,
  })
  @Allow(Permission.ReadProject)
  myTodos(@Ctx() ctx: RequestContext, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<TodoList> {
    return this.service.todos(ctx, first);
  }
}
