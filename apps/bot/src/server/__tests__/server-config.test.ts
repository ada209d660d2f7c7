import { describe, expect, it } from 'vitest';
import { readAdapterConfig } from '../server-config.js';

const WECOM = { WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', WECOM_CORP_ID: 'wx', WECOM_AGENT_ID: '1', WECOM_CORP_SECRET: 's' };

describe('readAdapterConfig', () => {
  it('enables an adapter only when every one of its settings is present', () => {
    expect(readAdapterConfig({})).toEqual({ dingtalk: null, feishu: null, wecom: null });
    expect(readAdapterConfig({ DINGTALK_APP_SECRET: 'x' }).dingtalk).toMatchObject({ appSecret: 'x' });
    expect(readAdapterConfig({ DINGTALK_APP_SECRET: ' ' }).dingtalk).toBeNull();
    expect(readAdapterConfig({ FEISHU_ENCRYPT_KEY: 'k', FEISHU_VERIFICATION_TOKEN: 't', FEISHU_BOT_OPEN_ID: 'ou', FEISHU_APP_ID: 'a' }).feishu).toBeNull();
    expect(readAdapterConfig(WECOM).wecom).toMatchObject({ token: 't', receiveId: 'wx', agentId: '1' });
    expect(readAdapterConfig({ ...WECOM, WECOM_CORP_SECRET: '' }).wecom).toBeNull();
  });

  it('refuses to start with a malformed WeCom key rather than reject every message', () => {
    expect(() => readAdapterConfig({ ...WECOM, WECOM_ENCODING_AES_KEY: 'short' })).toThrow(/43 base64/);
  });

  it('keeps the DingTalk window well inside the hour DingTalk allows', () => {
    expect(readAdapterConfig({ DINGTALK_APP_SECRET: 'x' }).dingtalk?.windowMs).toBeLessThanOrEqual(5 * 60 * 1000);
  });
});
