import { Decimal, type Ratio } from '../money/decimal.js';
import type { Budget, FundSource } from './budget.js';

/** The totals of a budget and the two rates of the 10号 annex. */
export interface BudgetFigures {
  readonly budgetAmount: Decimal;
  readonly adjustedBudgetAmount: Decimal;
  readonly receivedAmount: Decimal;
  readonly spentAmount: Decimal;
  /** 资金到位率 = 实际到位 ÷ 全年预算数; undefined when nothing was budgeted. */
  readonly fundingRate?: Ratio | undefined;
  /** 预算执行率 = 实际支出 ÷ 实际到位 (glossary); undefined when nothing was received. */
  readonly executionRate?: Ratio | undefined;
  /** 预算执行率 on the self-evaluation sheet's base: 实际支出 ÷ 全年调整后预算数. */
  readonly executionRateOfBudget?: Ratio | undefined;
}

export function budgetFigures(budget: Budget): BudgetFigures {
  let budgetAmount = Decimal.ZERO;
  let adjustedBudgetAmount = Decimal.ZERO;
  let receivedAmount = Decimal.ZERO;
  for (const line of budget.lines) {
    budgetAmount = budgetAmount.plus(line.budgetAmount);
    adjustedBudgetAmount = adjustedBudgetAmount.plus(line.adjustedBudgetAmount);
    receivedAmount = receivedAmount.plus(line.receivedAmount);
  }
  const spentAmount = budget.spentAmount;
  const noBudget = adjustedBudgetAmount.isZero();
  return {
    budgetAmount,
    adjustedBudgetAmount,
    receivedAmount,
    spentAmount,
    fundingRate: noBudget ? undefined : receivedAmount.dividedBy(adjustedBudgetAmount),
    executionRate: receivedAmount.isZero() ? undefined : spentAmount.dividedBy(receivedAmount),
    executionRateOfBudget: noBudget ? undefined : spentAmount.dividedBy(adjustedBudgetAmount),
  };
}

/** Budgeted, received and spent per fund source (spent known only from payments that name one). */
export function figuresByFundSource(budget: Budget): { fundSource: FundSource; budgetAmount: Decimal; receivedAmount: Decimal }[] {
  return budget.lines.map((line) => ({
    fundSource: line.fundSource,
    budgetAmount: line.adjustedBudgetAmount,
    receivedAmount: line.receivedAmount,
  }));
}

/** Spent per expense category, from the payments. */
export function paymentsByCategory(budget: Budget): Map<string, Decimal> {
  const totals = new Map<string, Decimal>();
  for (const payment of budget.payments) {
    totals.set(payment.category, (totals.get(payment.category) ?? Decimal.ZERO).plus(payment.amount));
  }
  return totals;
}
