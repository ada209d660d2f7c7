import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ExpectedVersion } from '../projects/expected-version.decorator.js';
import { Project } from '../projects/models/project.model.js';
import { BudgetMutationService } from './budget-mutation.service.js';
import { PaymentInput, SetBudgetInput } from './dto/budget.input.js';

@Resolver(() => Project)
export class BudgetMutationsResolver {
  constructor(private readonly budgets: BudgetMutationService) {}

  @Mutation(() => Project, { description: 'Replaces the budget lines (and optionally the stated spending and expenses).' })
  @Allow(Permission.EditProject)
  setBudget(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: SetBudgetInput,
  ): Promise<Project> {
    return this.budgets.setBudget(ctx, projectId, expectedVersion, input);
  }

  @Mutation(() => Project, { description: 'Records one payment; execution, alerts and scores follow.' })
  @Allow(Permission.EditProject)
  recordPayment(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @ExpectedVersion() expectedVersion: number,
    @Args('input') input: PaymentInput,
  ): Promise<Project> {
    return this.budgets.recordPayment(ctx, projectId, expectedVersion, input);
  }
}
