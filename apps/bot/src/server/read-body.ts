import type { IncomingMessage } from 'node:http';
import { WebhookRejected } from '../adapters/webhook-rejected.js';

/** Chat events are a few KiB (the adapters allow 256 KiB); reading stops as soon as a body exceeds this. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The raw bytes, for signature checks over exactly what was sent; an oversized body is refused while streaming. */
export async function readRawBody(request: IncomingMessage, maxBytes: number = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) throw new WebhookRejected('body-too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new WebhookRejected('body-too-large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
