import type { BizMsgCryptoConfig } from '../adapters/shared/biz-msg-crypto.js';
import type { FeishuConfig } from '../adapters/feishu/receive-event.js';

export interface DingtalkServerConfig {
  readonly appSecret: string;
  /** The sign does not cover the body: a window much shorter than DingTalk's hour limits replays. */
  readonly windowMs: number;
}

export interface FeishuServerConfig extends FeishuConfig {
  /** For the reply API's tenant_access_token. */
  readonly appId: string;
  readonly appSecret: string;
}

export interface WecomServerConfig extends BizMsgCryptoConfig {
  /** For the message send API (gettoken with the app's secret, send as the agent). */
  readonly agentId: string;
  readonly corpSecret: string;
}

/** Which adapters run: each only when every one of its settings is present (fail closed, never half-configured). */
export interface AdapterConfig {
  readonly dingtalk: DingtalkServerConfig | null;
  readonly feishu: FeishuServerConfig | null;
  readonly wecom: WecomServerConfig | null;
}

/** DingTalk Stream mode (outbound WebSocket): the app's Client ID (AppKey) and Client Secret (AppSecret). */
export interface DingtalkStreamConfig {
  readonly clientId: string;
  readonly clientSecret: string;
}

const DEFAULT_DINGTALK_WINDOW_MS = 5 * 60 * 1000;

type Env = Readonly<Record<string, string | undefined>>;

export function readAdapterConfig(env: Env): AdapterConfig {
  return {
    dingtalk: complete(env, { appSecret: 'DINGTALK_APP_SECRET' }, (v) => ({ ...v, windowMs: DEFAULT_DINGTALK_WINDOW_MS })),
    feishu: complete(
      env,
      {
        encryptKey: 'FEISHU_ENCRYPT_KEY',
        verificationToken: 'FEISHU_VERIFICATION_TOKEN',
        botOpenId: 'FEISHU_BOT_OPEN_ID',
        appId: 'FEISHU_APP_ID',
        appSecret: 'FEISHU_APP_SECRET',
      },
      (v) => v,
    ),
    wecom: complete(
      env,
      {
        token: 'WECOM_TOKEN',
        encodingAesKey: 'WECOM_ENCODING_AES_KEY',
        receiveId: 'WECOM_CORP_ID',
        agentId: 'WECOM_AGENT_ID',
        corpSecret: 'WECOM_CORP_SECRET',
      },
      (v) => {
        // A wrong key length is a deployment mistake: refuse to start rather than reject every message.
        if (!/^[A-Za-z0-9+/]{43}$/.test(v.encodingAesKey)) throw new Error('WECOM_ENCODING_AES_KEY must be 43 base64 characters');
        return v;
      },
    ),
  };
}

/** Stream mode runs only when both DINGTALK_STREAM_CLIENT_ID and DINGTALK_STREAM_CLIENT_SECRET are set. */
export function readDingtalkStreamConfig(env: Env): DingtalkStreamConfig | null {
  return complete(env, { clientId: 'DINGTALK_STREAM_CLIENT_ID', clientSecret: 'DINGTALK_STREAM_CLIENT_SECRET' }, (v) => v);
}

/** Reads the named variables; all present and non-empty → the adapter's config, otherwise null. */
function complete<K extends string, T>(env: Env, names: Readonly<Record<K, string>>, build: (values: Record<K, string>) => T): T | null {
  const values = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) {
    const value = env[names[key]];
    if (value === undefined || value.trim() === '') return null;
    values[key] = value;
  }
  return build(values);
}
