import expenseLexicon from './lexicon/expense-categories.json' with { type: 'json' };
import aspectLexicon from './lexicon/indicator-aspects.json' with { type: 'json' };

/** Longest first, so that 通信链路费 wins over a shorter word inside it. */
const EXPENSE_CATEGORIES = [...expenseLexicon.categories].sort((a, b) => b.length - a.length);
const INDICATOR_ASPECTS = aspectLexicon.aspects.map(([phrase = '', key = '']) => [phrase, key] as const).sort((a, b) => b[0].length - a[0].length);
/** A word followed by a name's ending (物业费补助资金, 督导检查工作经费) is part of a project's name, not an aspect. */
const NAME_CONTINUES = /^[\u4e00-\u9fa5]{0,4}(经费|资金|补助|补贴|项目)/;
/** 搞了几次, 开展了多少次: a count of times asks about an indicator counted in 次. */
const TIMES = /(?:搞|开展|组织|举办|做|办|进行)?了?(几次|多少次|次数)/;

export interface AspectMatch {
  /** The word found (宣传费, 满意度). */
  readonly aspect: string;
  /** The text without it: what may name the project. */
  readonly rest: string;
}

/** A line of the stated spending named in the question (宣传费花了多少). */
export function findExpense(text: string): AspectMatch | undefined {
  const category = EXPENSE_CATEGORIES.find((c) => standsAlone(text, c));
  return category === undefined ? undefined : { aspect: category, rest: text.replace(category, ' ') };
}

function standsAlone(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && !NAME_CONTINUES.test(text.slice(at + word.length));
}

/**
 * An indicator named by what it measures (满意度多少, 督导搞了几次). `aspect` is what to look for in the
 * project's indicator names ("满意", "督导"), or "次" for a count of times.
 */
export function findIndicatorAspect(text: string): AspectMatch | undefined {
  const found = INDICATOR_ASPECTS.find(([phrase]) => standsAlone(text, phrase));
  if (found !== undefined) return { aspect: found[1], rest: text.replace(found[0], ' ').replace(TIMES, ' ') };
  return TIMES.test(text) ? { aspect: '次', rest: text.replace(TIMES, ' ') } : undefined;
}
