import type { RejectReason } from '../adapters/webhook-rejected.js';

/**
 * The HTTP status for a refused request. Nothing about the reason goes back to the caller: the status alone.
 * A duplicate is a success to the platform (it must stop retrying), but no work is done for it.
 */
export function rejectStatus(reason: RejectReason): number {
  switch (reason) {
    case 'duplicate':
      return 200;
    case 'body-too-large':
      return 413;
    case 'missing-header':
    case 'bad-header':
    case 'stale-timestamp':
    case 'bad-signature':
    case 'bad-token':
    case 'replayed-signature':
      return 401;
    case 'malformed-body':
    case 'unencrypted':
    case 'bad-ciphertext':
    case 'bad-receive-id':
      return 400;
  }
}
