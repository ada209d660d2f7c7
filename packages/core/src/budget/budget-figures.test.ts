import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { budget } from '../testing/project-builder.js';
import type { Budget } from './budget.js';
import { budgetFigures, figuresByFundSource, paymentsByCategory } from './budget-figures.js';

describe('budgetFigures', () => {
  it('sums the lines and computes the two rates exactly', () => {
    const b: Budget = {
      lines: [
        { fundSource: 'fiscal', budgetAmount: Decimal.from(800_000), adjustedBudgetAmount: Decimal.from(900_000), receivedAmount: Decimal.from(850_000) },
        { fundSource: 'carryOver', budgetAmount: Decimal.from(100_000), adjustedBudgetAmount: Decimal.from(100_000), receivedAmount: Decimal.from(100_000) },
      ],
      spentAmount: Decimal.from('910200.00'),
      expenses: [],
      payments: [],
    };
    const f = budgetFigures(b);
    expect([f.budgetAmount, f.adjustedBudgetAmount, f.receivedAmount, f.spentAmount].map((x) => x.toString())).toEqual(['900000', '1000000', '950000', '910200.00']);
    expect(f.fundingRate?.toPercent()).toBe('95.00%');
    expect(f.executionRate?.toPercent(4)).toBe('95.8105%');
    expect(f.executionRateOfBudget?.toPercent()).toBe('91.02%');
    expect(figuresByFundSource(b).map((x) => [x.fundSource, x.budgetAmount.toString(), x.receivedAmount.toString()])).toEqual([
      ['fiscal', '900000', '850000'],
      ['carryOver', '100000', '100000'],
    ]);
  });

  it('leaves out the rates whose base is zero', () => {
    const f = budgetFigures(budget({ budget: 0, received: 0, spent: 0 }));
    expect(f.fundingRate).toBeUndefined();
    expect(f.executionRate).toBeUndefined();
    expect(f.executionRateOfBudget).toBeUndefined();
  });

  it('groups payments by category', () => {
    const totals = paymentsByCategory(budget({ payments: [['2022-01-05', '0.1', '宣传费'], ['2022-02-05', '0.2', '宣传费'], ['2022-03-05', 5, '差旅费']] }));
    expect([...totals].map(([k, v]) => [k, v.toString()])).toEqual([
      ['宣传费', '0.3'],
      ['差旅费', '5'],
    ]);
  });
});

describe('money sums are exact', () => {
  const fen = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });

  it('a sum of amounts in 元 equals the integer sum of their 分, in any order', () => {
    fc.assert(
      fc.property(fc.array(fen, { maxLength: 60 }), (cents) => {
        const amounts = cents.map((c) => Decimal.of(c, 2));
        const exact = Decimal.of(cents.reduce((a, b) => a + b, 0n), 2);
        expect(Decimal.sum(amounts).eq(exact)).toBe(true);
        expect(Decimal.sum([...amounts].reverse()).eq(exact)).toBe(true);
      }),
    );
  });

  it('0.1 + 0.2 paid is 0.3 spent, and payments grouped by category add back to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.constantFrom('宣传费', '差旅费', '印刷费')), { maxLength: 40 }), (rows) => {
        const b = budget({ payments: rows.map(([c, category]) => ['2022-06-01', Decimal.of(c, 2), category] as const) });
        const total = Decimal.sum(b.payments.map((p) => p.amount));
        expect(Decimal.sum(paymentsByCategory(b).values()).eq(total)).toBe(true);
        expect(total.eq(Decimal.of(rows.reduce((a, [c]) => a + c, 0n), 2))).toBe(true);
      }),
    );
    expect(Decimal.sum([Decimal.from(0.1), Decimal.from(0.2)]).toString()).toBe('0.3');
  });

  it('the budget audit finds no sum error when payments and expenses are the same amounts re-ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }), (cents) => {
        const amounts = cents.map((c) => Decimal.of(c, 2));
        const spent = Decimal.sum(amounts);
        const b = budget({ received: spent, spent, payments: amounts.map((a) => ['2022-06-01', a] as const), expenses: [...amounts].reverse().map((a, i) => [`费用${i}`, a] as const) });
        const f = budgetFigures(b);
        expect(Decimal.sum(b.payments.map((p) => p.amount)).eq(f.spentAmount)).toBe(true);
        expect(Decimal.sum(b.expenses.map((e) => e.amount)).eq(f.spentAmount)).toBe(true);
        expect(f.executionRate?.compare(Decimal.ONE)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
