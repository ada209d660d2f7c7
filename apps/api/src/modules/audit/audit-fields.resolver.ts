import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { AuditFinding, Severity } from './models/audit-finding.model.js';

@Resolver(() => Project)
export class AuditFieldsResolver {
  @ResolveField(() => [AuditFinding], {
    description: 'The consistency audit of the evaluation (most severe first); empty without an evaluation.',
    complexity: 10,
  })
  async auditFindings(@Parent() project: Project, @Context() context: GraphQLContext): Promise<AuditFinding[]> {
    const { analysis } = await context.loaders.project.load(project.id);
    return (analysis.report?.findings ?? []).map((finding) => ({
      code: finding.code,
      severity: Severity[finding.severity],
      message: finding.message,
      path: finding.path,
      claimed: finding.claimed === undefined ? null : finding.claimed.toString(),
      computed: finding.computed === undefined ? null : finding.computed.toString(),
    }));
  }
}
