import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { BudgetFieldsResolver } from './budget-fields.resolver.js';
import { BudgetMutationService } from './budget-mutation.service.js';
import { BudgetMutationsResolver } from './budget-mutations.resolver.js';

@Module({
  imports: [ProjectsModule],
  providers: [BudgetFieldsResolver, BudgetMutationService, BudgetMutationsResolver],
})
export class BudgetsModule {}
