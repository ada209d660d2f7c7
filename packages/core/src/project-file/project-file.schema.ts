import { z } from 'zod';
import { reportStatementsSchema } from './report-statements.schema.js';

/**
 * The project file (项目绩效数据文件), version 1: one project, its budget and payments, and one
 * evaluation with the scores its authors *claimed*. This zod schema is the single source of the
 * TypeScript types and of the published JSON Schema (`pnpm jixiao schema`); docs/project-file.md
 * explains every field.
 */

/** Exact decimal written as a string (`"910200.00"`) or a JSON number (`3`). */
const decimal = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/, '应为十进制数字，如 "91.02"'), z.number().finite()])
  .describe('exact decimal: a string such as "91.02" (preferred) or a JSON number');

/** An amount in 元 (yuan), exact to the 分. */
const yuan = decimal.describe('amount in 元 (yuan), e.g. "910200" for 91.02万元');

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');

const nonEmpty = z.string().trim().min(1, '不能为空');

export const fundSourceSchema = z.enum(['fiscal', 'carryOver', 'other']).describe('财政资金 / 上年结转 / 其他资金');

export const evaluationKindSchema = z
  .enum(['selfEvaluation', 'departmentEvaluation', 'financeEvaluation'])
  .describe('单位自评 / 部门评价 / 财政评价');

export const qualitativeTierSchema = z
  .enum(['achieved', 'partiallyAchieved', 'notAchieved'])
  .describe('定性指标档次: 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差');

export const formulaSchema = z
  .enum(['fundingRate', 'executionRate', 'completionRate', 'qualityRate', 'costSavingRate'])
  .describe('资金到位率 / 预算执行率 / 实际完成率 / 质量达标率 / 成本节约率');

const completionLikelihoodSchema = z
  .enum(['certain', 'possible', 'impossible'])
  .describe('完成目标可能性 (监控表): 确定能 / 有可能 / 完全不可能');

const deviationCauseCategorySchema = z
  .enum(['funding', 'institutional', 'staffing', 'hardware', 'other'])
  .describe('偏差原因类别 (监控表): 经费保障 / 制度保障 / 人员保障 / 硬件保障 / 其他');

const unitSchema = z.object({
  name: nonEmpty.describe('实施单位, e.g. 昌吉州党委政法委'),
  code: nonEmpty.optional().describe('unit code in the budget system'),
});

const regionSchema = z.object({
  code: z.string().regex(/^\d{6}$/, '应为 6 位行政区划代码 (GB/T 2260)').describe('GB/T 2260 code, e.g. 652300'),
  name: nonEmpty.describe('e.g. 昌吉回族自治州'),
});

const budgetLineSchema = z.object({
  fundSource: fundSourceSchema,
  budgetAmount: yuan.describe('年初预算数, 元'),
  adjustedBudgetAmount: yuan.optional().describe('全年预算数 (调整后), 元; defaults to budgetAmount'),
  receivedAmount: yuan.describe('实际到位, 元'),
});

/** One row of the 自评表's 资金情况 block as printed: 年度资金总额 (`total`) or one of its 其中 rows (`part`). */
const fundRowSchema = z.object({
  label: nonEmpty.describe('the row as written, e.g. 年度资金总额 / 其中：本年财政拨款'),
  role: z.enum(['total', 'part']).describe('the total row, or a part of it (其中 rows)'),
  breakdown: nonEmpty.optional().describe('for a part: the breakdown it belongs to when the total is broken down more than one way (按收入性质分 / 按支出性质分); each breakdown is summed on its own'),
  budgetAmount: yuan.optional().describe('年初预算数, 元'),
  adjustedBudgetAmount: yuan.optional().describe('全年预算数 / 调整后预算数, 元'),
  spentAmount: yuan.optional().describe('全年执行数, 元'),
  executionRate: decimal.optional().describe('执行率 as printed, in percent (97.8 for “97.80%”)'),
  weight: decimal.optional().describe('分值 a 其中 row prints of its own (部门整体 tables score each row); the total row\'s 分值/得分 are the 预算执行率 indicator'),
  score: decimal.optional().describe('得分 a 其中 row prints of its own, checked against the row\'s own execution rate'),
  where: z.string().optional().describe('where the row was read, e.g. 自评表!B7'),
});

const expenseSchema = z.object({
  category: nonEmpty.describe('支出明细 / 经济分类, e.g. 宣传费'),
  amount: yuan,
});

const paymentSchema = z.object({
  date: isoDate,
  amount: yuan,
  category: nonEmpty,
  voucher: nonEmpty.optional().describe('凭证号'),
  fundSource: fundSourceSchema.optional(),
});

const claimSchema = z.object({
  score: decimal.optional().describe('得分 as claimed by the evaluation'),
  statement: z.string().optional().describe('the evaluation\'s words about the result, e.g. 与预期目标一致'),
});

const indicatorSchema = z.object({
  id: nonEmpty.optional().describe('stable key within the project; generated from the names when absent'),
  level1: nonEmpty.describe('一级指标: the framework dimension id (decision / process / output / benefit / satisfaction / budgetExecution) or its Chinese name'),
  level2: nonEmpty.describe('二级指标: the framework group id (quantity / quality / …) or its Chinese name'),
  name: nonEmpty.describe('三级指标 name'),
  weight: decimal.describe('分值 (max points)'),
  target: z.string().optional().describe('年度指标值 as written: "≥2次", "≤20万元", "2022年12月20日", "逐步提高"'),
  actual: z.string().optional().describe('实际完成值 as written'),
  rule: nonEmpty.optional().describe('scoring rule id overriding the framework default (see docs/scoring-rules.md)'),
  formula: formulaSchema.optional(),
  tier: qualitativeTierSchema.optional(),
  manualScore: decimal.optional().describe('a score set by the evaluator (with the "manual" rule or inside a qualitative tier)'),
  justification: z.string().optional().describe('why the manual score or tier was chosen'),
  deviationReason: z.string().optional().describe('偏差原因分析及改进措施'),
  completionLikelihood: completionLikelihoodSchema.optional(),
  deviationCauseCategory: deviationCauseCategorySchema.optional(),
  evidence: z.array(nonEmpty).optional().describe('佐证材料'),
  claimed: claimSchema.optional(),
});

const claimedGroupSchema = z.object({
  level1: nonEmpty,
  level2: nonEmpty,
  score: decimal,
  statement: z.string().optional(),
});

const claimedDimensionSchema = z.object({ level1: nonEmpty, score: decimal });

const teamMemberSchema = z.object({
  name: nonEmpty,
  title: z.string().optional().describe('职务'),
  role: z.enum(['lead', 'deputyLead', 'member']),
});

const frameworkDimensionSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  weight: decimal,
  groups: z.array(z.object({ id: nonEmpty, name: nonEmpty, weight: decimal.optional() })).min(1),
});

/** A custom framework, for evaluations that do not use a built-in template. */
export const frameworkSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  kind: evaluationKindSchema,
  basedOn: nonEmpty.optional().describe('id of a built-in framework whose settings (rules, tiers, grade bands) are inherited'),
  dimensions: z.array(frameworkDimensionSchema).min(1),
});

export const projectFileSchema = z.object({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  project: z.object({
    name: nonEmpty.describe('项目名称'),
    code: nonEmpty.optional(),
    fiscalYear: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .describe('年度; absent when the document does not state it (scoring and the audit do not need it; storing a project does)'),
    unit: unitSchema,
    region: regionSchema.optional().describe('地区; absent when the document does not state it (needed only to store the project)'),
    supervisingDepartment: nonEmpty.optional().describe('主管部门'),
    fundingDocument: nonEmpty.optional().describe('资金文件文号'),
    goals: z
      .object({
        overall: z.string().optional(),
        phases: z.array(z.string()).optional(),
        outcome: z.string().optional().describe('年度总体目标完成情况 as the document states it'),
      })
      .optional()
      .describe('绩效目标: 总体目标 and 阶段性目标'),
  }),
  budget: z.object({
    lines: z.array(budgetLineSchema).min(1).describe('budget by fund source'),
    spentAmount: yuan.optional().describe('实际支出, 元, as stated; when absent it is the sum of payments'),
    asOf: isoDate.optional().describe('date the spent amount refers to (e.g. 2022-12-31)'),
    expenses: z.array(expenseSchema).optional().describe('支出明细 as stated'),
    fundRows: z.array(fundRowSchema).optional().describe('资金情况 rows as printed, each kept whole, so that the total can be checked against its parts'),
    payments: z.array(paymentSchema).optional(),
  }),
  evaluation: z
    .object({
      kind: evaluationKindSchema,
      framework: z.union([nonEmpty.describe('built-in framework id'), frameworkSchema]),
      evaluatedAt: isoDate.optional(),
      team: z.array(teamMemberSchema).optional(),
      indicators: z.array(indicatorSchema).min(1),
      claimed: z
        .object({
          groups: z.array(claimedGroupSchema).optional(),
          dimensions: z.array(claimedDimensionSchema).optional(),
          totalScore: decimal.optional(),
          grade: z.string().optional().describe('as written: 优 / 优秀 / 良 / 良好 / 中 / 差'),
          statedSums: z
            .array(z.object({ text: nonEmpty.describe('as written, e.g. 89.97=30+30+29.99'), total: decimal, parts: z.array(decimal).min(2), where: z.string().optional() }))
            .optional()
            .describe('sums the document writes out (in goal texts, conclusions): checked as arithmetic'),
        })
        .optional(),
      statements: reportStatementsSchema.optional(),
    })
    .optional(),
});

export type ProjectFile = z.infer<typeof projectFileSchema>;
export type ProjectFileIndicator = z.infer<typeof indicatorSchema>;
export type ProjectFileFundRow = z.infer<typeof fundRowSchema>;
export type FrameworkInput = z.infer<typeof frameworkSchema>;
