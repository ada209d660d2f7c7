import { parseDingtalkMessage } from '../adapters/dingtalk/parse-message.js';
import { renderDingtalkReply } from '../adapters/dingtalk/render-reply.js';
import { dingtalkSessionWebhook } from '../adapters/dingtalk/session-webhook.js';
import type { StreamFrame } from '../adapters/dingtalk/stream/frames.js';
import { DingtalkStreamClient, type DingtalkStreamClientOptions } from '../adapters/dingtalk/stream/stream-client.js';
import { WebhookRejected } from '../adapters/webhook-rejected.js';
import { assertFirstDelivery } from '../dedupe/drop-duplicate.js';
import type { IncomingMessage } from '../messages.js';
import { answerLater } from './answer-later.js';
import type { RouteDeps } from './routes/route.js';
import type { DingtalkStreamConfig } from './server-config.js';

export interface DingtalkStreamBotOptions extends RouteDeps {
  readonly config: DingtalkStreamConfig;
  readonly log: (text: string) => void;
  readonly now?: () => number;
  /** Tests: a local gateway and socket; backoff in milliseconds. */
  readonly transport?: Pick<DingtalkStreamClientOptions, 'fetch' | 'createSocket' | 'gatewayUrl' | 'backoff'>;
}

export interface DingtalkStreamBot {
  readonly client: DingtalkStreamClient;
  /** Resolves when every answer started so far has been sent. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * DingTalk Stream mode wired to the same conversation path as POST /dingtalk: the client acknowledges each
 * robot CALLBACK at once, then the message is parsed (parse-message), de-duplicated by msgId (DedupeStore),
 * answered (handleMessage) and the reply posted to its sessionWebhook (ReplySender) under the same host rules.
 */
export function startDingtalkStream(options: DingtalkStreamBotOptions): DingtalkStreamBot {
  const now = options.now ?? Date.now;
  const pending = new Set<Promise<void>>();
  const client = new DingtalkStreamClient({
    clientId: options.config.clientId,
    clientSecret: options.config.clientSecret,
    log: options.log,
    ...options.transport,
    onCallback: (frame) => {
      const work = answerStreamMessage(options, frame, now()).catch((error: unknown) => options.logError('answering a DingTalk stream message', error));
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },
  });
  client.start();
  return {
    client,
    idle: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    stop: () => client.stop(),
  };
}

async function answerStreamMessage(deps: DingtalkStreamBotOptions, frame: StreamFrame, nowMs: number): Promise<void> {
  let message: IncomingMessage;
  let sessionWebhook: string | null;
  try {
    // The data is the robot message JSON, the same shape as the HTTP callback body.
    message = parseDingtalkMessage(frame.data, new Date(nowMs));
    sessionWebhook = dingtalkSessionWebhook(Buffer.from(frame.data, 'utf8'), nowMs);
  } catch (error) {
    if (!(error instanceof WebhookRejected)) throw error;
    deps.log(`dingtalk stream: ignored callback ${frame.messageId} (${error.reason})`);
    return;
  }
  try {
    await assertFirstDelivery(deps.dedupe, message);
  } catch (error) {
    if (error instanceof WebhookRejected && error.reason === 'duplicate') {
      deps.log(`dingtalk stream: dropped duplicate msgId ${message.messageId}`);
      return;
    }
    // Already acknowledged, so DingTalk will not redeliver it: answer rather than leave the asker waiting.
    deps.logError(`recording DingTalk stream message ${message.messageId}`, error);
  }
  if (sessionWebhook === null) return;
  const webhook = sessionWebhook;
  await answerLater(deps, message, (reply) => ({ platform: 'dingtalk', sessionWebhook: webhook, body: renderDingtalkReply(reply) }));
}

