import type { DigestFrequency } from './models/digest-enums.js';

/** Digests go out at 9:00 Beijing time: daily every day, weekly on Mondays. */
export const DIGEST_HOUR = 9;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Shanghai is UTC+8 all year: China has kept no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const MONDAY = 1;

/** The first digest time of this frequency strictly after `after`. */
export function nextDigestTime(frequency: DigestFrequency, after: Date): Date {
  const wall = new Date(after.getTime() + SHANGHAI_OFFSET_MS);
  let candidate = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), DIGEST_HOUR) - SHANGHAI_OFFSET_MS;
  if (candidate <= after.getTime()) candidate += DAY_MS;
  if (frequency === 'weekly') {
    while (new Date(candidate + SHANGHAI_OFFSET_MS).getUTCDay() !== MONDAY) candidate += DAY_MS;
  }
  return new Date(candidate);
}
