import type { ProjectRowFragment } from '@jixiao/contract';
import { parseDecimal } from '../../../utils/decimal-format';

/**
 * Whether the project's year was still running at its monitoring date (序时进度 below 100%): its
 * grade is then a 预评, not the year's final one. Unknown (nothing received, no alert) reads as not.
 */
export function inProgress(row: Pick<ProjectRowFragment, 'executionAlert'>): boolean {
  const progress = row.executionAlert?.timeProgress.percent;
  return progress != null && parseDecimal(progress).lt(100);
}
