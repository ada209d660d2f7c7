import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { frozenContent } from '../evaluations/evaluation-snapshot.js';
import { indicatorViews } from './indicator.presenter.js';
import { Indicator } from './models/indicator.model.js';

@Resolver(() => Project)
export class IndicatorFieldsResolver {
  @ResolveField(() => [Indicator], { description: 'The evaluation\'s indicators in framework order, scored by the core (as frozen at submission while submitted).', complexity: 10 })
  async indicators(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Indicator[]> {
    const analysed = await context.loaders.project.load(project.id);
    return frozenContent(analysed)?.indicators.slice() ?? indicatorViews(analysed);
  }
}
