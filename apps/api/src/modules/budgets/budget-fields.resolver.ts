import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Money } from '../../common/models/money.model.js';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { FundSource } from '../projects/models/enums.js';
import { Project } from '../projects/models/project.model.js';
import { BudgetLine } from './models/budget-line.model.js';
import { Expense } from './models/expense.model.js';
import { Payment } from './models/payment.model.js';

/** The money details of a project, from the one per-request load of the whole project. */
@Resolver(() => Project)
export class BudgetFieldsResolver {
  @ResolveField(() => [BudgetLine], { description: 'Budget by fund source.', complexity: 5 })
  async budgetLines(@Parent() project: Project, @Context() context: GraphQLContext): Promise<BudgetLine[]> {
    const { aggregate } = await context.loaders.project.load(project.id);
    return aggregate.budgetLines.map((line) => ({
      fundSource: FundSource[line.fundSource],
      budgetAmount: Money.of(line.budgetAmount),
      adjustedBudgetAmount: Money.of(line.adjustedBudgetAmount),
      receivedAmount: Money.of(line.receivedAmount),
    }));
  }

  @ResolveField(() => [Payment], { description: 'Payments by date.', complexity: 5 })
  async payments(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Payment[]> {
    const { aggregate } = await context.loaders.project.load(project.id);
    return aggregate.payments.map((payment) => ({
      id: payment.id,
      date: payment.date,
      amount: Money.of(payment.amount),
      category: payment.category,
      voucher: payment.voucher,
      fundSource: payment.fundSource === null ? null : FundSource[payment.fundSource],
    }));
  }

  @ResolveField(() => [Expense], { description: '支出明细 as stated.', complexity: 5 })
  async expenses(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Expense[]> {
    const { aggregate } = await context.loaders.project.load(project.id);
    return aggregate.expenses.map((expense) => ({ category: expense.category, amount: Money.of(expense.amount) }));
  }
}
