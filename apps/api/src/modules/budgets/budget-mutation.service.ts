import { Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError } from '../../common/errors/api-error.js';
import { moneyValue } from '../../common/validation/decimal-columns.js';
import { optionalText, requireDate, requireText } from '../../common/validation/text.js';
import { budgetLines, expenses, payments, projects } from '../../database/schema/index.js';
import type { Project } from '../projects/models/project.model.js';
import { ProjectChangeService } from '../projects/project-change.service.js';
import type { PaymentInput, SetBudgetInput } from './dto/budget.input.js';

const CATEGORY_MAX = 100;

@Injectable()
export class BudgetMutationService {
  constructor(private readonly changes: ProjectChangeService) {}

  setBudget(ctx: RequestContext, projectId: string, expectedVersion: number, input: SetBudgetInput): Promise<Project> {
    if (input.lines.length === 0) throw ApiError.badInput('input.lines', 'empty', '至少需要一条预算（资金来源）');
    const sources = new Set(input.lines.map((line) => line.fundSource));
    if (sources.size !== input.lines.length) throw ApiError.badInput('input.lines', 'duplicateFundSource', '每个资金来源只能有一条预算');
    const lines = input.lines.map((line, i) => ({
      fundSource: line.fundSource,
      budgetAmount: moneyValue(`input.lines[${i}].budgetAmount`, line.budgetAmount),
      adjustedBudgetAmount: moneyValue(`input.lines[${i}].adjustedBudgetAmount`, line.adjustedBudgetAmount ?? line.budgetAmount),
      receivedAmount: moneyValue(`input.lines[${i}].receivedAmount`, line.receivedAmount),
    }));
    const stated = input.spentAmount === undefined ? undefined : input.spentAmount === null ? null : moneyValue('input.spentAmount', input.spentAmount);
    const asOf = input.asOf === undefined ? undefined : input.asOf === null ? null : requireDate('input.asOf', input.asOf, '截至日期');
    const statedExpenses = input.expenses?.map((expense, i) => ({
      position: i,
      category: requireText(`input.expenses[${i}].category`, expense.category, CATEGORY_MAX, '支出明细'),
      amount: moneyValue(`input.expenses[${i}].amount`, expense.amount),
    }));
    return this.changes.change(ctx, projectId, { action: 'edit', operation: 'setBudget', expectedVersion }, async (tx, owner) => {
      const ownership = { projectId: owner.id, unitId: owner.unitId, regionCode: owner.regionCode };
      await tx.delete(budgetLines).where(eq(budgetLines.projectId, owner.id));
      await tx.insert(budgetLines).values(lines.map((line) => ({ ...ownership, ...line })));
      if (statedExpenses) {
        await tx.delete(expenses).where(eq(expenses.projectId, owner.id));
        if (statedExpenses.length > 0) await tx.insert(expenses).values(statedExpenses.map((e) => ({ ...ownership, ...e })));
      }
      await tx
        .update(projects)
        .set({
          ...(stated === undefined ? {} : { statedSpentAmount: stated }),
          ...(asOf === undefined ? {} : { asOf }),
          updatedAt: sql`now()`,
        })
        .where(eq(projects.id, owner.id));
    });
  }

  recordPayment(ctx: RequestContext, projectId: string, expectedVersion: number, input: PaymentInput): Promise<Project> {
    const amount = moneyValue('input.amount', input.amount);
    if (input.amount.isZero()) throw ApiError.badInput('input.amount', 'zero', '支付金额必须大于 0');
    const row = {
      date: requireDate('input.date', input.date, '支付日期'),
      amount,
      category: requireText('input.category', input.category, CATEGORY_MAX, '经济分类'),
      voucher: optionalText('input.voucher', input.voucher, CATEGORY_MAX, '凭证号') ?? null,
      fundSource: input.fundSource ?? null,
    };
    return this.changes.change(ctx, projectId, { action: 'edit', operation: 'recordPayment', expectedVersion }, async (tx, owner) => {
      await tx.insert(payments).values({ ...row, projectId: owner.id, unitId: owner.unitId, regionCode: owner.regionCode });
    });
  }
}
