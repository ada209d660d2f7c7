import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Rankings } from './models/rankings.model.js';
import { RankingsService } from './rankings.service.js';

@Resolver(() => Rankings)
export class RankingsResolver {
  constructor(private readonly rankingsService: RankingsService) {}

  @Query(() => Rankings, { description: 'Units and regions by execution, score and claimed-vs-recomputed gap, beside last year (同比), over the projects the caller may read.' })
  @Allow(Permission.ReadProject)
  rankings(
    @Ctx() ctx: RequestContext,
    @Args('fiscalYear', { type: () => Int, nullable: true, description: 'Default: the latest year with projects the caller may read, as `fiscalYears` lists first.' })
    fiscalYear?: number,
    @Args('regionCode', { nullable: true, description: 'This region and the regions below it.' }) regionCode?: string,
    @Args('asOf', { nullable: true, description: 'Judge this year at this date (YYYY-MM-DD); default as the overview.' }) asOf?: string,
  ): Promise<Rankings> {
    return this.rankingsService.rankings(ctx, fiscalYear, regionCode, asOf);
  }
}
