import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Unit } from './models/unit.model.js';
import { UnitsService } from './units.service.js';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(private readonly service: UnitsService) {}

  @Query(() => [Unit], {
    description: 'Units the caller may see: all (admin, finance reviewer), their region (leader), their own (unit staff), those of assigned projects (evaluator).',
  })
  @Allow(Permission.ReadProject)
  units(
    @Ctx() ctx: RequestContext,
    @Args('regionCode', { nullable: true, description: 'Only this region and the regions below it.' }) regionCode?: string,
  ): Promise<Unit[]> {
    return this.service.list(ctx, regionCode);
  }
}
