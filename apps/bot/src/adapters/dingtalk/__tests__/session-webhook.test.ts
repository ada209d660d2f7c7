import { describe, expect, it } from 'vitest';
import { dingtalkSessionWebhook } from '../session-webhook.js';

const NOW = 1_700_000_000_000;
const body = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify({ msgId: 'm', ...fields }));

describe('dingtalkSessionWebhook', () => {
  it('accepts DingTalk’s own HTTPS hosts before expiry', () => {
    const url = 'https://oapi.dingtalk.com/robot/sendBySession?session=abc';
    expect(dingtalkSessionWebhook(body({ sessionWebhook: url, sessionWebhookExpiredTime: NOW + 1000 }), NOW)).toBe(url);
  });

  it('refuses other hosts, plain HTTP, look-alike hosts, expired and missing URLs', () => {
    for (const sessionWebhook of ['https://evil.example/hook', 'http://oapi.dingtalk.com/robot/sendBySession', 'https://oapi.dingtalk.com.evil.example/x', 'not a url']) {
      expect(dingtalkSessionWebhook(body({ sessionWebhook }), NOW)).toBeNull();
    }
    expect(dingtalkSessionWebhook(body({ sessionWebhook: 'https://oapi.dingtalk.com/x', sessionWebhookExpiredTime: NOW }), NOW)).toBeNull();
    expect(dingtalkSessionWebhook(body({}), NOW)).toBeNull();
  });
});
