import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { evaluationView, scoreCardView } from './evaluation.presenter.js';
import { frozenContent } from './evaluation-snapshot.js';
import { Evaluation } from './models/evaluation.model.js';
import { ScoreCard } from './models/score-card.model.js';

@Resolver(() => Project)
export class EvaluationFieldsResolver {
  @ResolveField(() => Evaluation, { nullable: true, description: 'The evaluation as recorded; null when the project has none.', complexity: 5 })
  async evaluation(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Evaluation | null> {
    return evaluationView(await context.loaders.project.load(project.id));
  }

  @ResolveField(() => ScoreCard, {
    nullable: true,
    description: 'The score card recomputed by the core (as frozen at submission while submitted); null without an evaluation.',
    complexity: 10,
  })
  async scoreCard(@Parent() project: Project, @Context() context: GraphQLContext): Promise<ScoreCard | null> {
    const analysed = await context.loaders.project.load(project.id);
    const frozen = frozenContent(analysed);
    return frozen ? frozen.scoreCard : scoreCardView(analysed);
  }
}
