import type { Decimal } from '../money/decimal.js';
import type { PlainDate } from '../time/plain-date.js';

/** 财政资金 / 上年结转 / 其他资金 */
export type FundSource = 'fiscal' | 'carryOver' | 'other';

/** The money planned and received for one fund source, in 元. */
export interface BudgetLine {
  readonly fundSource: FundSource;
  /** 年初预算数 */
  readonly budgetAmount: Decimal;
  /** 全年预算数 (调整后); equals budgetAmount when nothing was adjusted. */
  readonly adjustedBudgetAmount: Decimal;
  /** 实际到位 */
  readonly receivedAmount: Decimal;
}

/** One payment out of the project's funds. */
export interface Payment {
  readonly date: PlainDate;
  readonly amount: Decimal;
  /** 经济分类, e.g. 宣传费 */
  readonly category: string;
  readonly voucher?: string | undefined;
  readonly fundSource?: FundSource | undefined;
}

/** An amount spent in one expense category, as the evaluation states it. */
export interface Expense {
  readonly category: string;
  readonly amount: Decimal;
}

/** A row of the 资金情况 block as printed (年度资金总额 or a 其中 row), amounts in 元 where given. */
export interface StatedFundRow {
  readonly label: string;
  readonly role: 'total' | 'part';
  /** The breakdown a part belongs to when the total is broken down more than one way (零陵: 按收入性质分 / 按支出性质分). */
  readonly breakdown?: string | undefined;
  readonly budgetAmount?: Decimal | undefined;
  readonly adjustedBudgetAmount?: Decimal | undefined;
  readonly spentAmount?: Decimal | undefined;
  /** 执行率 as printed, in percent. */
  readonly executionRate?: Decimal | undefined;
  /** 分值 / 得分 a 其中 row prints of its own (绥阳 部门整体: each row “10 / 10”). */
  readonly weight?: Decimal | undefined;
  readonly score?: Decimal | undefined;
  readonly where?: string | undefined;
}

export interface Budget {
  readonly lines: readonly BudgetLine[];
  /** 实际支出: as stated, or the sum of the payments. */
  readonly spentAmount: Decimal;
  /** The date the spent amount refers to, when known. */
  readonly asOf?: PlainDate | undefined;
  /** 支出明细 as stated by the evaluation (may disagree with the payments: the audit says so). */
  readonly expenses: readonly Expense[];
  readonly payments: readonly Payment[];
  /** The 资金情况 rows as printed, when the project was read from a 自评表; empty otherwise. */
  readonly fundRows?: readonly StatedFundRow[] | undefined;
}
