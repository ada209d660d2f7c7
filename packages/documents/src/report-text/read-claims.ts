import { NUMBER } from './normalise.js';

export interface ScoreClaims {
  readonly dimensions: { level1: string; score: string }[];
  readonly totalScore?: string;
  readonly grade?: string;
  /** “社会效益指标合计得10分”: subtotals a report states for a group. */
  readonly groups: { level2Words: string; score: string; start: number; end: number }[];
  /** Ranges of the text these claims were read from. */
  readonly ranges: { start: number; end: number }[];
}

const DIMENSION_WORDS: Readonly<Record<string, string>> = {
  决策: 'decision',
  过程: 'process',
  产出: 'output',
  效益: 'benefit',
  满意度: 'satisfaction',
  预算执行率: 'budgetExecution',
  预算执行: 'budgetExecution',
};

/**
 * The claimed dimension scores (“具体得分情况为：项目决策20分、项目过程19.56分、项目产出29.1分、
 * 项目效益分30分”, or per dimension “项目决策类指标…本项目实际得分20分”), the total (最终评分为98.66分)
 * and the grade (绩效评级为“优秀”).
 */
export function readClaims(text: string): ScoreClaims {
  const ranges: { start: number; end: number }[] = [];
  const dimensions = new Map<string, string>();
  const summary = /(?:具体得分情况|各(?:一级指标|部分)得分)(?:为|如下)?[：:]?([^。]+)/.exec(text);
  if (summary) {
    ranges.push({ start: summary.index, end: summary.index + summary[0].length });
    for (const m of (summary[1] ?? '').matchAll(new RegExp(String.raw`(?:项目)?(决策|过程|产出|效益|满意度|预算执行率?)(?:类)?(?:指标)?\s*(?:得)?分?\s*(?:为)?\s*(${NUMBER})\s*分`, 'g'))) {
      const id = DIMENSION_WORDS[m[1] ?? ''];
      if (id && !dimensions.has(id)) dimensions.set(id, m[2] ?? '');
    }
  }
  for (const m of text.matchAll(new RegExp(String.raw`项目(决策|过程|产出|效益|满意度)类指标[^。]*?实际得分\s*(${NUMBER})\s*分[^。]*。?`, 'g'))) {
    ranges.push({ start: m.index, end: m.index + m[0].length });
    const id = DIMENSION_WORDS[m[1] ?? ''];
    // The summary sentence wins; a per-dimension paragraph fills what it leaves out.
    if (id && !dimensions.has(id)) dimensions.set(id, m[2] ?? '');
  }
  const total = new RegExp(String.raw`(?:最终评分|最终得分|综合得分|评价得分|总得分|总分)\s*(?:为|是|：|:)?\s*(${NUMBER})\s*分`).exec(text);
  if (total) ranges.push({ start: total.index, end: total.index + total[0].length });
  const grade = /(?:绩效评级|评价等级|绩效等级|评价结果|评级|等级)\s*(?:为|是|：|:)?\s*[“"「]?(优秀|良好|中等|合格|不合格|较差|优|良|中|差)/.exec(text);
  if (grade) ranges.push({ start: grade.index, end: grade.index + grade[0].length });
  const groups = [...text.matchAll(new RegExp(String.raw`([\u4e00-\u9fa5]{2,8}?)(?:指标)?合计得\s*(${NUMBER})\s*分`, 'g'))].map((m) => ({
    level2Words: m[1] ?? '',
    score: m[2] ?? '',
    start: m.index,
    end: m.index + m[0].length,
  }));
  return {
    dimensions: [...dimensions].map(([level1, score]) => ({ level1, score })),
    ...(total ? { totalScore: total[1] ?? '' } : {}),
    ...(grade ? { grade: grade[1] ?? '' } : {}),
    groups,
    ranges,
  };
}
