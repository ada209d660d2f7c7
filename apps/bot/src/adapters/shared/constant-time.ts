import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string comparison. `timingSafeEqual` throws on unequal lengths, and an early length check
 * would leak the length; hashing both sides first gives equal-length inputs whatever the attacker sends
 * (chat-platforms README, rule 1).
 */
export function constantTimeEqual(expected: string, actual: string): boolean {
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(actual, 'utf8').digest();
  return timingSafeEqual(a, b);
}
