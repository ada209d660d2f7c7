import { Money } from '../../common/models/money.model.js';
import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { FundSource } from '../projects/models/enums.js';
import type { BudgetLine } from './models/budget-line.model.js';
import type { Expense } from './models/expense.model.js';
import type { Payment } from './models/payment.model.js';

export function budgetLineViews({ aggregate }: AnalysedProject): BudgetLine[] {
  return aggregate.budgetLines.map((line) => ({
    fundSource: FundSource[line.fundSource],
    budgetAmount: Money.of(line.budgetAmount),
    adjustedBudgetAmount: Money.of(line.adjustedBudgetAmount),
    receivedAmount: Money.of(line.receivedAmount),
  }));
}

export function paymentViews({ aggregate }: AnalysedProject): Payment[] {
  return aggregate.payments.map((payment) => ({
    id: payment.id,
    date: payment.date,
    amount: Money.of(payment.amount),
    category: payment.category,
    voucher: payment.voucher,
    fundSource: payment.fundSource === null ? null : FundSource[payment.fundSource],
  }));
}

export function expenseViews({ aggregate }: AnalysedProject): Expense[] {
  return aggregate.expenses.map((expense) => ({ category: expense.category, amount: Money.of(expense.amount) }));
}
