import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { CreateProjectInput, UpdateProjectInput } from './dto/project.input.js';
import { ExpectedVersion } from './expected-version.decorator.js';
import { DuplicateImport } from './import-duplicates.js';
import { Project } from './models/project.model.js';
import { ProjectMutationService } from './project-mutation.service.js';

@Resolver(() => Project)
export class ProjectMutationsResolver {
  constructor(private readonly mutations: ProjectMutationService) {}

  @Mutation(() => Project, { description: 'Creates a project (admin: any unit; unit staff: their own unit).' })
  @Allow(Permission.EditProject)
  createProject(@Ctx() ctx: RequestContext, @Args('input') input: CreateProjectInput): Promise<Project> {
    return this.mutations.create(ctx, input);
  }

  @Mutation(() => Project, { description: 'Changes a project\'s descriptive fields.' })
  @Allow(Permission.EditProject)
  updateProject(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: UpdateProjectInput,
  ): Promise<Project> {
    return this.mutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => Project, {
    description:
      'Imports a project file (the JSON format of @jixiao/core, passed as a JSON string) as a new project. Invalid files answer INVALID_PROJECT_FILE with every issue in extensions.issues; a file repeating a project of the unit (same content, or same name and fiscal year) answers DUPLICATE with extensions.existingProject unless onDuplicate is CREATE_NEW.',
  })
  @Allow(Permission.EditProject)
  importProject(
    @Ctx() ctx: RequestContext,
    @Args('file', { description: 'The project file as JSON text.' }) file: string,
    @Args('onDuplicate', { type: () => DuplicateImport, defaultValue: DuplicateImport.REFUSE }) onDuplicate: DuplicateImport,
  ): Promise<Project> {
    return this.mutations.import(ctx, file, onDuplicate);
  }
}
