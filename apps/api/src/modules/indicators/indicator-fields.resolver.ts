import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { indicatorViews } from './indicator.presenter.js';
import { Indicator } from './models/indicator.model.js';

@Resolver(() => Project)
export class IndicatorFieldsResolver {
  @ResolveField(() => [Indicator], { description: 'The evaluation\'s indicators in framework order, scored by the core.', complexity: 10 })
  async indicators(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Indicator[]> {
    return indicatorViews(await context.loaders.project.load(project.id));
  }
}
