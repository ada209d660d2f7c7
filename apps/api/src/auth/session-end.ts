/** Why a session ended (stored in `sessions.end_reason`, shown in the administrator's list). */
export enum SessionEndReason {
  /** The user signed out. */
  logout = 'logout',
  /** An administrator ended it. */
  ended = 'ended',
  /** The account was disabled. */
  disabled = 'disabled',
  /** The role, unit or region changed: what the session's tokens state is no longer true. */
  accessChanged = 'accessChanged',
  /** The password was changed or reset. */
  passwordChanged = 'passwordChanged',
  /** A replaced refresh token came back: a copy is in someone else's hands. */
  refreshReused = 'refreshReused',
}
