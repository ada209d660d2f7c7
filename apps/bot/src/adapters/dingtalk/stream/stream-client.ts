import WebSocket from 'ws';
import { isRecord } from '../../shared/body-limit.js';
import {
  callbackAck,
  DINGTALK_STREAM_GATEWAY_URL,
  DINGTALK_STREAM_ROBOT_TOPIC,
  eventAck,
  parseStreamFrame,
  pingAck,
  type StreamAck,
  type StreamFrame,
} from './frames.js';

export interface DingtalkStreamClientOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Called after the CALLBACK has been acknowledged; must not throw (errors are logged). */
  readonly onCallback: (frame: StreamFrame) => void;
  readonly log: (text: string) => void;
  /** CALLBACK topics to subscribe; the robot's messages by default. */
  readonly topics?: readonly string[];
  readonly gatewayUrl?: string;
  /** Injected in tests: the open-connection request never leaves the machine. */
  readonly fetch?: typeof fetch;
  readonly createSocket?: (url: string) => WebSocket;
  /** Reconnect delay: doubles from `initialMs` up to `maxMs`, with ±20 % jitter; reset after a connection opens. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  readonly ua?: string;
}

const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 60_000 };
/** A frame is a few KiB; refuse anything absurd before parsing. */
const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * DingTalk Stream mode over `ws` (no public URL needed). One connection at a time: open it through the gateway,
 * answer SYSTEM pings, acknowledge every EVENT/CALLBACK at once (DingTalk redelivers an unacknowledged message
 * after 16–60 s), hand robot CALLBACKs on, and reconnect with backoff after a close, an error or a SYSTEM
 * `disconnect`. `stop()` ends the loop and closes the socket.
 */
export class DingtalkStreamClient {
  private readonly options: DingtalkStreamClientOptions;
  private readonly fetchFn: typeof fetch;
  private readonly createSocket: (url: string) => WebSocket;
  private readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  private stopped = false;
  private socket: WebSocket | null = null;
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();
  private wake: (() => void) | null = null;

  constructor(options: DingtalkStreamClientOptions) {
    this.options = options;
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url, { maxPayload: MAX_FRAME_BYTES }));
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  /** Starts the connect loop (idempotent). */
  start(): void {
    if (this.running !== null || this.stopped) return;
    this.running = this.loop();
  }

  /** Stops reconnecting, closes the socket and resolves once the loop has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.wake?.();
    this.socket?.close(1000);
    await this.running;
  }

  private async loop(): Promise<void> {
    let delay = this.backoff.initialMs;
    while (!this.stopped) {
      let opened = false;
      try {
        const url = await this.openConnection();
        if (this.stopped) break;
        opened = await this.runSocket(url);
      } catch (error) {
        if (!this.stopped) this.options.log(`dingtalk stream: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (this.stopped) break;
      if (opened) delay = this.backoff.initialMs;
      const wait = Math.round(delay * (0.8 + Math.random() * 0.4));
      this.options.log(`dingtalk stream: reconnecting in ${wait} ms`);
      await this.sleep(wait);
      delay = Math.min(delay * 2, this.backoff.maxMs);
    }
  }

  /** POST the gateway (python SDK `open_connection`) → `${endpoint}?ticket=${ticket}` (url-encoded ticket). */
  private async openConnection(): Promise<string> {
    const topics = this.options.topics ?? [DINGTALK_STREAM_ROBOT_TOPIC];
    const response = await this.fetchFn(this.options.gatewayUrl ?? DINGTALK_STREAM_GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        clientId: this.options.clientId,
        clientSecret: this.options.clientSecret,
        subscriptions: topics.map((topic) => ({ type: 'CALLBACK', topic })),
        ua: this.options.ua ?? 'jixiao-bot',
      }),
      signal: this.abort.signal,
    });
    if (!response.ok) throw new Error(`opening the connection failed with HTTP ${response.status}`);
    const body: unknown = await response.json();
    const endpoint = isRecord(body) ? body['endpoint'] : undefined;
    const ticket = isRecord(body) ? body['ticket'] : undefined;
    if (typeof endpoint !== 'string' || typeof ticket !== 'string' || endpoint === '' || ticket === '') {
      throw new Error('opening the connection answered no endpoint or ticket');
    }
    const url = new URL(endpoint);
    if (url.protocol !== 'wss:' && url.protocol !== 'ws:') throw new Error(`unexpected endpoint protocol ${url.protocol}`);
    url.searchParams.set('ticket', ticket);
    return url.toString();
  }

  /** Runs one socket until it closes; resolves true when it had opened (so the backoff resets). */
  private runSocket(url: string): Promise<boolean> {
    return new Promise((resolve) => {
      let opened = false;
      const socket = this.createSocket(url);
      this.socket = socket;
      socket.on('open', () => {
        opened = true;
        this.options.log('dingtalk stream: connected');
      });
      socket.on('message', (data, isBinary) => {
        if (isBinary) {
          this.options.log('dingtalk stream: ignored a binary frame');
          return;
        }
        this.onFrame(socket, Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(toBuffers(data)).toString('utf8'));
      });
      socket.on('error', (error) => this.options.log(`dingtalk stream: socket error: ${error.message}`));
      socket.on('close', (code) => {
        if (this.socket === socket) this.socket = null;
        if (!this.stopped) this.options.log(`dingtalk stream: connection closed (${code})`);
        resolve(opened);
      });
      if (this.stopped) socket.close(1000);
    });
  }

  private onFrame(socket: WebSocket, raw: string): void {
    const frame = parseStreamFrame(raw);
    if (frame === null) {
      this.options.log(`dingtalk stream: ignored an unreadable frame (${raw.length} characters)`);
      return;
    }
    switch (frame.type) {
      case 'SYSTEM':
        if (frame.topic === 'ping') send(socket, pingAck(frame));
        else if (frame.topic === 'disconnect') {
          // The server is about to drop this connection (python SDK: TAG_DISCONNECT → open a new one).
          this.options.log('dingtalk stream: server asked to disconnect');
          socket.close(1000);
        }
        return;
      case 'EVENT':
        send(socket, eventAck(frame.messageId));
        return;
      case 'CALLBACK':
        // Acknowledge first: the answer takes API calls, and an unacknowledged message comes back.
        send(socket, callbackAck(frame.messageId));
        if (!(this.options.topics ?? [DINGTALK_STREAM_ROBOT_TOPIC]).includes(frame.topic)) {
          this.options.log(`dingtalk stream: acknowledged a callback on an unexpected topic ${frame.topic}`);
          return;
        }
        try {
          this.options.onCallback(frame);
        } catch (error) {
          this.options.log(`dingtalk stream: handling ${frame.messageId} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function send(socket: WebSocket, ack: StreamAck): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(ack));
}

function toBuffers(data: ArrayBuffer | Buffer[]): Buffer[] {
  return Array.isArray(data) ? data : [Buffer.from(data)];
}
