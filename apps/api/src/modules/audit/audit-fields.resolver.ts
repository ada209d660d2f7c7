import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { frozenContent } from '../evaluations/evaluation-snapshot.js';
import { auditFindingViews } from './audit.presenter.js';
import { AuditFinding } from './models/audit-finding.model.js';

@Resolver(() => Project)
export class AuditFieldsResolver {
  @ResolveField(() => [AuditFinding], {
    description: 'The consistency audit of the evaluation (most severe first; as frozen at submission while submitted); empty without an evaluation.',
    complexity: 10,
  })
  async auditFindings(@Parent() project: Project, @Context() context: GraphQLContext): Promise<AuditFinding[]> {
    const analysed = await context.loaders.project.load(project.id);
    return frozenContent(analysed)?.auditFindings.slice() ?? auditFindingViews(analysed);
  }
}
