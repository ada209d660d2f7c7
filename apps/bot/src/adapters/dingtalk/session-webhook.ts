import { parseJsonObject, stringField } from '../shared/body-limit.js';

/** DingTalk's own reply hosts; a sessionWebhook anywhere else is not DingTalk's. */
const DINGTALK_HOSTS = new Set(['oapi.dingtalk.com', 'api.dingtalk.com']);

/**
 * The URL the reply to a verified callback is posted to, or null when there is none usable. The robot sign
 * does not cover the body, so the URL is only accepted on DingTalk's hosts over HTTPS and before it expires:
 * a forged body can never make the bot post an answer to someone else's server.
 */
export function dingtalkSessionWebhook(rawBody: Buffer, nowMs: number): string | null {
  const body = parseJsonObject(rawBody.toString('utf8'));
  const url = stringField(body, 'sessionWebhook');
  const expires = body['sessionWebhookExpiredTime'];
  if (url === undefined || (typeof expires === 'number' && expires <= nowMs)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && DINGTALK_HOSTS.has(parsed.hostname) ? parsed.toString() : null;
}
