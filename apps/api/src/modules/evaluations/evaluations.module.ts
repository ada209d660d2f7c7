import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { EvaluationFieldsResolver } from './evaluation-fields.resolver.js';
import { EvaluationMutationService } from './evaluation-mutation.service.js';
import { EvaluationMutationsResolver } from './evaluation-mutations.resolver.js';

@Module({
  imports: [ProjectsModule],
  providers: [EvaluationFieldsResolver, EvaluationMutationService, EvaluationMutationsResolver],
  exports: [EvaluationMutationService],
})
export class EvaluationsModule {}
