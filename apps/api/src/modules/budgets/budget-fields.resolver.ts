import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Project } from '../projects/models/project.model.js';
import { budgetLineViews, expenseViews, paymentViews } from './budget.presenter.js';
import { BudgetLine } from './models/budget-line.model.js';
import { Expense } from './models/expense.model.js';
import { Payment } from './models/payment.model.js';

/** The money details of a project, from the one per-request load of the whole project. */
@Resolver(() => Project)
export class BudgetFieldsResolver {
  @ResolveField(() => [BudgetLine], { description: 'Budget by fund source.', complexity: 5 })
  async budgetLines(@Parent() project: Project, @Context() context: GraphQLContext): Promise<BudgetLine[]> {
    return budgetLineViews(await context.loaders.project.load(project.id));
  }

  @ResolveField(() => [Payment], { description: 'Payments by date.', complexity: 5 })
  async payments(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Payment[]> {
    return paymentViews(await context.loaders.project.load(project.id));
  }

  @ResolveField(() => [Expense], { description: '支出明细 as stated.', complexity: 5 })
  async expenses(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Expense[]> {
    return expenseViews(await context.loaders.project.load(project.id));
  }
}
