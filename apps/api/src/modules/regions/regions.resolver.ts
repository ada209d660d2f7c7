import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Permission } from '../../auth/permission.js';
import { Region } from './models/region.model.js';
import { RegionsService } from './regions.service.js';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [Region], { description: 'Every region, by code (reference data: any signed-in user).' })
  @Allow(Permission.Authenticated)
  regions(): Promise<Region[]> {
    return this.service.list();
  }
}
