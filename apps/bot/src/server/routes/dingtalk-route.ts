import { receiveDingtalkCallback } from '../../adapters/dingtalk/receive-callback.js';
import { renderDingtalkReply } from '../../adapters/dingtalk/render-reply.js';
import { dingtalkSessionWebhook } from '../../adapters/dingtalk/session-webhook.js';
import { dingtalkSignatureId } from '../../adapters/dingtalk/signature.js';
import { assertFirstDelivery } from '../../dedupe/drop-duplicate.js';
import { assertFirstSignature } from '../../dedupe/drop-replayed-signature.js';
import { answerLater } from '../answer-later.js';
import type { DingtalkServerConfig } from '../server-config.js';
import { jsonResult, type RouteDeps, type RouteRequest, type RouteResult } from './route.js';

/**
 * POST /dingtalk (robot HTTP callback): sign and window first, then the body; de-duplicate by msgId, then
 * accept each (timestamp, sign) pair once; answer an empty 200 at once and post the reply to the message's sessionWebhook
 * afterwards.
 */
export async function dingtalkRoute(config: DingtalkServerConfig, deps: RouteDeps, request: RouteRequest): Promise<RouteResult> {
  const message = receiveDingtalkCallback(request, { appSecret: config.appSecret, nowMs: request.nowMs, windowMs: config.windowMs });
  const sessionWebhook = dingtalkSessionWebhook(request.rawBody, request.nowMs);
  await assertFirstDelivery(deps.dedupe, message);
  await assertFirstSignature(deps.dedupe, 'dingtalk', dingtalkSignatureId(request.headers));
  if (sessionWebhook === null) return jsonResult(200, {});
  return jsonResult(200, {}, () =>
    answerLater(deps, message, (reply) => ({ platform: 'dingtalk', sessionWebhook, body: renderDingtalkReply(reply) })),
  );
}
