import type { EvaluationFramework } from '@jixiao/core';
import { lastHeading } from '../report-text/headings.js';

/** “产出指标(70分)” → “产出指标”: sheets write the dimension's weight into its name. */
export function stripWeight(text: string): string {
  return text.replace(/[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）]/g, '').replace(/\s+/g, '').trim();
}

const DIMENSION_WORDS: readonly (readonly [RegExp, string])[] = [
  [/决策/, 'decision'],
  [/过程/, 'process'],
  [/产出/, 'output'],
  [/满意度/, 'satisfaction'],
  [/效益/, 'benefit'],
  [/预算执行/, 'budgetExecution'],
];

/** A 一级指标 as written → the framework's dimension id. */
export function dimensionIdOf(framework: EvaluationFramework, written: string): string | undefined {
  const text = stripWeight(written);
  const exact = framework.dimensions.find((d) => d.id === text || d.name === text || `${d.name}指标` === text || d.name === `${text}指标`);
  if (exact) return exact.id;
  const word = DIMENSION_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  if (word && framework.dimensions.some((d) => d.id === word)) return word;
  // 满意度 is a group of 效益 in the department framework.
  if (word === 'satisfaction' && framework.dimensions.some((d) => d.id === 'benefit')) return 'benefit';
  return undefined;
}

/** A 二级指标 as written → a group id of the dimension. */
export function groupIdOf(framework: EvaluationFramework, level1: string, written: string): string | undefined {
  const dimension = framework.dimensions.find((d) => d.id === level1);
  if (!dimension) return undefined;
  const text = stripWeight(written);
  const exact = dimension.groups.find((g) => g.id === text || g.name === text || `${g.name}指标` === text || g.name === `${text}指标`);
  if (exact) return exact.id;
  const heading = lastHeading(text.endsWith('指标') ? text : `${text}指标`);
  if (heading && dimension.groups.some((g) => g.id === heading.group)) return heading.group;
  // A dimension with one group (满意度, 预算执行率) needs no second level.
  return dimension.groups.length === 1 ? dimension.groups[0]?.id : undefined;
}

/** Which framework a sheet's 一级指标 belong to: 决策/过程 means a department evaluation. */
export function looksLikeDepartmentEvaluation(level1Texts: readonly string[]): boolean {
  return level1Texts.some((t) => /决策|过程/.test(t));
}
