import type { CompletionLikelihood } from '@jixiao/contract';

const ORDER: readonly CompletionLikelihood[] = ['impossible', 'possible', 'certain'];

interface IndicatorLikelihood {
  readonly key: string;
  readonly completionLikelihood: CompletionLikelihood | null;
}

/**
 * A project's 完成可能性 on the monitoring list: the least likely that the unit reported for the
 * indicators behind (those with a progress alert), else for any indicator; null when none was
 * reported (shown as 待填报).
 */
export function projectLikelihood(indicators: readonly IndicatorLikelihood[], alertedKeys: readonly string[]): CompletionLikelihood | null {
  const reported = (list: readonly IndicatorLikelihood[]) => list.flatMap((i) => (i.completionLikelihood ? [i.completionLikelihood] : []));
  const alerted = reported(indicators.filter((i) => alertedKeys.includes(i.key)));
  const candidates = alerted.length > 0 ? alerted : reported(indicators);
  return ORDER.find((likelihood) => candidates.includes(likelihood)) ?? null;
}
