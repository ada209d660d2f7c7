/** Why a platform request was refused. Every adapter check fails closed with one of these. */
export type RejectReason =
  | 'missing-header'
  | 'bad-header'
  | 'stale-timestamp'
  | 'bad-signature'
  | 'bad-token'
  | 'body-too-large'
  | 'malformed-body'
  | 'unencrypted'
  | 'bad-ciphertext'
  | 'bad-receive-id'
  | 'duplicate'
  /** A DingTalk (timestamp, sign) pair seen before: the sign does not cover the body, so a second use is a replay. */
  | 'replayed-signature';

/** Thrown by verification and parsing; the HTTP layer maps it to 401/400 without leaking details. */
export class WebhookRejected extends Error {
  readonly reason: RejectReason;

  constructor(reason: RejectReason, detail?: string) {
    super(detail === undefined ? reason : `${reason}: ${detail}`);
    this.name = 'WebhookRejected';
    this.reason = reason;
  }
}
