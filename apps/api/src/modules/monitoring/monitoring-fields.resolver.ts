import { parseIsoDate } from '@jixiao/core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { ExecutionPoint } from './models/execution-point.model.js';
import { MonitoringAlert } from './models/monitoring-alert.model.js';
import { executionSeries, monitoringAlerts } from './monitoring.presenter.js';

@Resolver(() => Project)
export class MonitoringFieldsResolver {
  @ResolveField(() => [ExecutionPoint], { description: 'Monthly execution against time progress (12 points).', complexity: 10 })
  async executionSeries(@Parent() project: Project, @Context() context: GraphQLContext): Promise<ExecutionPoint[]> {
    return executionSeries(await context.loaders.project.load(project.id));
  }

  @ResolveField(() => [MonitoringAlert], { description: 'Monitoring alerts at the project\'s monitoringDate.', complexity: 10 })
  async alerts(@Parent() project: Project, @Context() context: GraphQLContext): Promise<MonitoringAlert[]> {
    const date = parseIsoDate(project.monitoringDate);
    if (!date) throw new Error(`monitoringDate ${project.monitoringDate} is not a date`);
    return monitoringAlerts(await context.loaders.project.load(project.id), date);
  }
}
