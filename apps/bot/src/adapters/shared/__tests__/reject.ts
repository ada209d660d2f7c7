import { expect } from 'vitest';
import { WebhookRejected, type RejectReason } from '../../webhook-rejected.js';

/** Asserts that `run` fails with a WebhookRejected of the given reason (not some other crash). */
export function expectRejected(run: () => unknown, reason: RejectReason): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WebhookRejected);
  expect((caught as WebhookRejected).reason).toBe(reason);
}
