import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardOverview } from './models/dashboard-overview.model.js';

@Resolver(() => DashboardOverview)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query(() => [Int], { description: 'The fiscal years that have projects the caller may read (in the region, when given), newest first.' })
  @Allow(Permission.ReadProject)
  fiscalYears(
    @Ctx() ctx: RequestContext,
    @Args('regionCode', { nullable: true, description: 'This region and the regions below it.' }) regionCode?: string,
  ): Promise<number[]> {
    return this.dashboard.fiscalYears(ctx, regionCode);
  }

  @Query(() => DashboardOverview, { description: 'Totals, execution vs time progress by unit and region, alerts, grades and deviations of a fiscal year.' })
  @Allow(Permission.ReadProject)
  dashboardOverview(
    @Ctx() ctx: RequestContext,
    @Args('fiscalYear', {
      type: () => Int,
      nullable: true,
      description: 'Default: the latest year with projects the caller may read (in the region, when given), as `fiscalYears` lists first; the current year when there is none.',
    })
    fiscalYear?: number,
    @Args('regionCode', { nullable: true, description: 'This region and the regions below it.' }) regionCode?: string,
    @Args('asOf', { nullable: true, description: 'Judge execution at this date (YYYY-MM-DD).' }) asOf?: string,
  ): Promise<DashboardOverview> {
    return this.dashboard.overview(ctx, fiscalYear, regionCode, asOf);
  }
}
