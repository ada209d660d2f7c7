import { z } from 'zod';

/** `evaluation.statements`: what a report's prose states beside its scores (see ReportStatements). */
const decimal = z.union([z.string().regex(/^-?\d+(\.\d+)?$/, '应为十进制数字，如 "91.02"'), z.number().finite()]);
const index = z.number().int().min(0).describe('index in evaluation.indicators');

export const reportStatementsSchema = z
  .object({
    indicatorCounts: z.array(z.object({ level1: z.string().min(1), count: z.number().int().min(0), text: z.string() })).optional().describe('“由14个三级指标构成”: 三级指标 the text says a dimension has'),
    amounts: z.array(z.object({ amount: decimal.describe('元'), text: z.string() })).optional().describe('money the prose says was used, outside the funds and indicator statements'),
    restatedTargets: z.array(z.object({ indicator: index, text: z.string() })).optional().describe('an indicator\'s target as the results section restates it'),
    sharedWeights: z
      .array(z.object({ indicators: z.array(index).min(2), weight: decimal, text: z.string() }))
      .optional()
      .describe('indicators scored together with one 分值: their own weights are an even split of it'),
  })
  .describe('what an evaluation report states beside its scores, for the audit (filled by report readers)');

export type ReportStatementsInput = z.infer<typeof reportStatementsSchema>;
