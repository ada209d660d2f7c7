/**
 * Reads the fiscal year a question names ("2022年", "今年", "去年", "去年同期") and removes every time phrase
 * (including periods such as "截至上月底" or "一季度", which the data's as-of date already answers) so that it
 * does not pollute the project-name mention. Relative years stay relative here: "今年" is the latest year that
 * has data for the asker, and a follow-up's "去年" counts from the year under discussion (`resolveYear`).
 */
export type TimeRef =
  | { readonly kind: 'none' }
  | { readonly kind: 'year'; readonly year: number }
  /** 0 今年, −1 去年, −2 前年. */
  | { readonly kind: 'relative'; readonly offset: number };

export interface TimeExtraction {
  readonly time: TimeRef;
  readonly rest: string;
}

const RELATIVE_YEARS: readonly (readonly [RegExp, number])[] = [
  [/今年|本年度|本年|当年/g, 0],
  [/去年|上年度|上一年|上年/g, -1],
  [/前年/g, -2],
];

const PERIOD_PHRASES =
  /(截至|截止)(到)?|上月底|本月底|月底|上个?月|本月|第?[一二三四1-4]季度|[上下]半年|同期|目前|现在|当前|眼下|为止|最新的?/g;

export function extractTime(text: string): TimeExtraction {
  let time: TimeRef = { kind: 'none' };
  let rest = text.replace(/(?<!\d)((?:19|20)\d{2})\s*(?:年度?)?(?!\d)/g, (_match, year: string) => {
    time = { kind: 'year', year: Number(year) };
    return ' ';
  });
  for (const [pattern, offset] of RELATIVE_YEARS) {
    rest = rest.replace(pattern, () => {
      time = { kind: 'relative', offset };
      return ' ';
    });
  }
  rest = rest.replace(PERIOD_PHRASES, ' ');
  return { time, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** The years a relative year counts from: the asker's latest year with data, and the year just discussed. */
export interface YearBase {
  readonly latestWithData: number | null;
  readonly discussed: number | null;
}

/**
 * The fiscal year meant, or null when none is named (the latest of each project). "今年" is the latest year with
 * data, never the calendar's (a year without data would answer a false all-clear); "去年" counts from the year
 * under discussion in a follow-up ("去年呢"), else from the latest year with data.
 */
export function resolveYear(time: TimeRef, base: YearBase, followUp: boolean): number | null {
  switch (time.kind) {
    case 'none':
      return null;
    case 'year':
      return time.year;
    case 'relative': {
      const from = time.offset < 0 && followUp && base.discussed !== null ? base.discussed : base.latestWithData;
      return from === null ? null : from + time.offset;
    }
  }
}
