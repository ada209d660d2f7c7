/**
 * Reads the fiscal year from a question ("2022年", "今年", "去年", "去年同期") relative to `today`, and removes
 * every time phrase (including periods such as "截至上月底" or "一季度", which the data's as-of date already
 * answers) so that it does not pollute the project-name mention.
 */
export interface TimeExtraction {
  readonly fiscalYear: number | null;
  readonly rest: string;
}

const RELATIVE_YEARS: readonly (readonly [RegExp, number])[] = [
  [/今年|本年度|本年|当年/g, 0],
  [/去年|上年度|上一年|上年/g, -1],
  [/前年/g, -2],
];

const PERIOD_PHRASES =
  /(截至|截止)(到)?|上月底|本月底|月底|上个?月|本月|第?[一二三四1-4]季度|[上下]半年|同期|目前|现在|当前|眼下|为止|最新的?/g;

export function extractTime(text: string, today: Date): TimeExtraction {
  let fiscalYear: number | null = null;
  let rest = text.replace(/(?<!\d)((?:19|20)\d{2})\s*(?:年度?)?(?!\d)/g, (_match, year: string) => {
    fiscalYear = Number(year);
    return ' ';
  });
  for (const [pattern, offset] of RELATIVE_YEARS) {
    rest = rest.replace(pattern, () => {
      fiscalYear = today.getFullYear() + offset;
      return ' ';
    });
  }
  rest = rest.replace(PERIOD_PHRASES, ' ');
  return { fiscalYear, rest: rest.replace(/\s+/g, ' ').trim() };
}
