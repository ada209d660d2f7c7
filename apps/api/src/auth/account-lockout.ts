/** How many failures lock an account, and for how long (AppConfig.accountLockout). */
export interface LockoutPolicy {
  readonly threshold: number;
  readonly baseSeconds: number;
  readonly maxSeconds: number;
}

/**
 * Per-account lockout beside the per-address limit (login-rate-limiter.service.ts): guessing one
 * account's password from many addresses is slowed too. From the `threshold`-th consecutive failure
 * on, the account is locked for `baseSeconds`, doubling with each further failure, up to
 * `maxSeconds`; a successful login resets the count. Answers the lock in seconds (0: none).
 */
export function lockoutSeconds(failedLogins: number, policy: LockoutPolicy): number {
  if (policy.threshold === 0 || failedLogins < policy.threshold) return 0;
  const doublings = Math.min(failedLogins - policy.threshold, 30);
  return Math.min(policy.baseSeconds * 2 ** doublings, policy.maxSeconds);
}
