import { DingtalkRobotClient } from '../adapters/dingtalk/send-robot-message.js';
import { FeishuMessageClient } from '../adapters/feishu/send-message.js';
import { WecomAppMessageClient } from '../adapters/wecom/send-app-message.js';
import type { AdapterConfig } from '../server/server-config.js';
import type { PushClient } from './push-client.js';

type Env = Readonly<Record<string, string | undefined>>;

/** How often an instance looks for due digests. */
export const PUSH_INTERVAL_MS = 60_000;

/**
 * The send clients this instance has settings for: Feishu and WeCom reuse their adapter's app credentials;
 * DingTalk needs the app's key and secret (DINGTALK_APP_KEY, or the Stream mode's client id, and
 * DINGTALK_APP_SECRET / DINGTALK_STREAM_CLIENT_SECRET) and DINGTALK_ROBOT_CODE (defaults to the app key).
 */
export function pushClients(env: Env, adapters: AdapterConfig): PushClient[] {
  const clients: PushClient[] = [];
  const appKey = nonEmpty(env['DINGTALK_APP_KEY']) ?? nonEmpty(env['DINGTALK_STREAM_CLIENT_ID']);
  const appSecret = nonEmpty(env['DINGTALK_APP_SECRET']) ?? nonEmpty(env['DINGTALK_STREAM_CLIENT_SECRET']);
  if (appKey !== undefined && appSecret !== undefined) {
    clients.push(new DingtalkRobotClient({ appKey, appSecret, robotCode: nonEmpty(env['DINGTALK_ROBOT_CODE']) ?? appKey }));
  }
  if (adapters.feishu !== null) clients.push(new FeishuMessageClient(adapters.feishu));
  if (adapters.wecom !== null) {
    const { receiveId, corpSecret, agentId } = adapters.wecom;
    clients.push(new WecomAppMessageClient({ corpId: receiveId, corpSecret, agentId }));
  }
  return clients;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
