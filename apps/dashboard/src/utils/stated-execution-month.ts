/**
 * The month of the fiscal year a stated 实际支出 refers to: the month of its date (YYYY-MM-DD),
 * December when the date lies after the year, January before it.
 */
export function statedExecutionMonth(asOf: string, fiscalYear: number): number {
  const [year, month] = asOf.split('-').map(Number);
  if (year === undefined || month === undefined || !Number.isInteger(year) || month < 1 || month > 12) return 12;
  if (year > fiscalYear) return 12;
  if (year < fiscalYear) return 1;
  return month;
}
