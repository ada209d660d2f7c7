/**
 * Display formatting of numbers the caller has already computed exactly (from core Decimals) and
 * handed over as plain numbers. No arithmetic happens here beyond fixing two decimals for display,
 * which is why a non-finite number is shown as “—” instead of being guessed at.
 */
export function fixed2(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}

/** “91.02%” */
export function percentText(value: number): string {
  return Number.isFinite(value) ? `${fixed2(value)}%` : '—';
}

/** “+200.00%” / “-73.67%”: a deviation shows its sign. */
export function signedPercentText(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${value > 0 ? '+' : ''}${fixed2(value)}%`;
}

/** “91.02万元” */
export function wanYuanText(value: number): string {
  return Number.isFinite(value) ? `${fixed2(value)}万元` : '—';
}
