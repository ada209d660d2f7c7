import { WebhookRejected } from '../webhook-rejected.js';

/** Chat events are a few KiB; anything near this is not a chat message. */
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export function assertBodySize(rawBody: Buffer, maxBytes: number = DEFAULT_MAX_BODY_BYTES): void {
  if (rawBody.length > maxBytes) throw new WebhookRejected('body-too-large');
}

/** Parses JSON into a plain object or rejects; garbage never reaches the handlers as an exception. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WebhookRejected('malformed-body', 'json');
  }
  if (!isRecord(value)) throw new WebhookRejected('malformed-body', 'not an object');
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a string field or returns undefined; payload fields are untrusted until checked. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export function recordField(record: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = record[key];
  return isRecord(value) ? value : undefined;
}
