import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { IndicatorFieldsResolver } from './indicator-fields.resolver.js';
import { IndicatorMutationService } from './indicator-mutation.service.js';
import { IndicatorMutationsResolver } from './indicator-mutations.resolver.js';

@Module({
  imports: [ProjectsModule],
  providers: [IndicatorFieldsResolver, IndicatorMutationService, IndicatorMutationsResolver],
})
export class IndicatorsModule {}
