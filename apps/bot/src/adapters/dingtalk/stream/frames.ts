import { isRecord } from '../../shared/body-limit.js';

/**
 * DingTalk Stream mode wire format (verified against the open-source SDKs:
 * github.com/open-dingtalk/dingtalk-stream-sdk-nodejs src/client.ts + src/constants.ts, and
 * github.com/open-dingtalk/dingtalk-stream-sdk-python dingtalk_stream/stream.py + frames.py + handlers.py;
 * protocol page: open.dingtalk.com/document/direction/stream-mode-protocol-access-description).
 *
 * Down-stream frame: `{ specVersion, type: 'SYSTEM'|'EVENT'|'CALLBACK', headers: { messageId, topic, contentType,
 * time, appId?, connectionId?, … }, data: string }` where `data` is itself JSON text. Up-stream answer:
 * `{ code: 200, headers: { contentType: 'application/json', messageId }, message: 'OK', data: string }`.
 */

/** Opens a connection: POST `{ clientId, clientSecret, subscriptions, ua }` → `{ endpoint, ticket }`. */
export const DINGTALK_STREAM_GATEWAY_URL = 'https://api.dingtalk.com/v1.0/gateway/connections/open';
/** The robot's incoming messages (nodejs SDK `TOPIC_ROBOT`). */
export const DINGTALK_STREAM_ROBOT_TOPIC = '/v1.0/im/bot/messages/get';

export type StreamFrameType = 'SYSTEM' | 'EVENT' | 'CALLBACK';

export interface StreamFrame {
  readonly type: StreamFrameType;
  /** The string-valued headers as received (a ping is answered with them unchanged). */
  readonly headers: Readonly<Record<string, string>>;
  readonly topic: string;
  /** Empty for SYSTEM frames that carry none (e.g. CONNECTED); always present on EVENT and CALLBACK. */
  readonly messageId: string;
  readonly data: string;
}

/** An up-stream frame: the acknowledgement of one down-stream message. */
export interface StreamAck {
  readonly code: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly message: string;
  readonly data: string;
}

const TYPES: ReadonlySet<string> = new Set<StreamFrameType>(['SYSTEM', 'EVENT', 'CALLBACK']);

/**
 * Parses one WebSocket text frame, or null for anything that is not a usable frame (not JSON, unknown type,
 * no topic, an EVENT/CALLBACK without messageId, data that is not a string). Never throws.
 */
export function parseStreamFrame(raw: string): StreamFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const type = value['type'];
  const rawHeaders = value['headers'];
  if (typeof type !== 'string' || !TYPES.has(type) || !isRecord(rawHeaders)) return null;
  const headers: Record<string, string> = {};
  for (const [key, header] of Object.entries(rawHeaders)) {
    if (typeof header === 'string') headers[key] = header;
    else if (typeof header === 'number') headers[key] = String(header);
  }
  const topic = headers['topic'];
  const messageId = headers['messageId'] ?? '';
  const data = value['data'] ?? '';
  if (topic === undefined || typeof data !== 'string') return null;
  if (type !== 'SYSTEM' && messageId === '') return null;
  return { type: type as StreamFrameType, headers, topic, messageId, data };
}

/** SYSTEM `ping`: answered with the same headers and data (nodejs SDK `onSystem`, case 'ping'). */
export function pingAck(frame: StreamFrame): StreamAck {
  return { code: 200, headers: frame.headers, message: 'OK', data: frame.data };
}

/**
 * CALLBACK: `data` is `JSON.stringify({ response })` (nodejs SDK `socketCallBackResponse` → `send`). The robot
 * answers through the sessionWebhook, so the callback response itself is empty, like the HTTP route's `{}`.
 */
export function callbackAck(messageId: string): StreamAck {
  return { code: 200, headers: { contentType: 'application/json', messageId }, message: 'OK', data: JSON.stringify({ response: {} }) };
}

/** EVENT: `data` is an EventAckData `{ status: 'SUCCESS' | 'LATER', message? }` (nodejs SDK `onEvent`). */
export function eventAck(messageId: string): StreamAck {
  return { code: 200, headers: { contentType: 'application/json', messageId }, message: 'OK', data: JSON.stringify({ status: 'SUCCESS', message: 'OK' }) };
}
