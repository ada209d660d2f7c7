/**
 * The CLI's exit codes are part of its contract (docs/cli.md): scripts and CI jobs branch on them.
 * 1 is reserved for "the audit found errors" so that "the file is unusable" (2) stays distinguishable.
 */
export const EXIT = {
  ok: 0,
  errorFindings: 1,
  badInput: 2,
  /** A defect of jixiao itself, never the user's data. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
