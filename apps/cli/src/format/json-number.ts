import { SCORE_DECIMALS, type Decimal } from '@jixiao/core';

/**
 * A score or weight as a plain JSON number, rounded half-up to 2 decimals per the core's policy.
 * The rounding happens in decimal arithmetic; only the final text becomes a number.
 */
export function scoreNumber(value: Decimal): number {
  return Number(value.toFixed(SCORE_DECIMALS));
}

/** Prints a value as stable, indented JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
