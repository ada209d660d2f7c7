import type { Evaluation } from '../../evaluation/evaluation.js';
import type { Indicator } from '../../indicators/indicator.js';
import { formatScore } from '../../money/rounding.js';

/**
 * What a recomputation assumed where the report gave one 分值 for several indicators (the sample's
 * eight cost items under “该指标10分，得9.10分”): the reader split it evenly, and every score built
 * on those weights rests on that split. Findings that depend on it say so in their message —
 * a recomputed 8.75 stated without its premise would be a confident answer the report does not
 * support. Called only when a finding's message is written. Empty when nothing was assumed.
 */
export function assumedWeightsNote(evaluation: Evaluation, concerns: (indicator: Indicator) => boolean = () => true): string {
  const shared = evaluation.statements?.sharedWeights;
  if (!shared || shared.length === 0) return '';
  const notes: string[] = [];
  for (const block of shared) {
    const members: Indicator[] = [];
    for (const index of block.indicators) {
      const indicator = evaluation.indicators[index];
      if (indicator) members.push(indicator);
    }
    const first = members[0];
    if (!first || !members.some(concerns)) continue;
    notes.push(
      `报告对“${first.name}”等 ${members.length} 项指标只给出一个分值（“${block.text}”），重算把 ${formatScore(block.weight)} 分平均分给各项（每项约 ${formatScore(first.weight)} 分）；报告未写明各项分值，分法不同则结果不同`,
    );
  }
  return notes.length === 0 ? '' : `（此结果依赖一个假定：${notes.join('；')}）`;
}
