import { receiveWecomMessage } from '../../adapters/wecom/receive-message.js';
import { renderWecomMarkdown } from '../../adapters/wecom/render-reply.js';
import { answerWecomUrlCheck } from '../../adapters/wecom/url-check.js';
import { assertFirstDelivery } from '../../dedupe/drop-duplicate.js';
import { answerLater } from '../answer-later.js';
import type { WecomServerConfig } from '../server-config.js';
import { TEXT_TYPE, type RouteDeps, type RouteRequest, type RouteResult } from './route.js';

/**
 * GET /wecom answers the callback URL check with the decrypted echostr. POST /wecom verifies and decrypts a
 * message, de-duplicates by MsgId, answers an empty 200 (WeCom's "no passive reply") and sends the answer through
 * the message API afterwards, so a slow answer never runs into WeCom's 5 s.
 */
export async function wecomRoute(config: WecomServerConfig, deps: RouteDeps, request: RouteRequest): Promise<RouteResult> {
  if (request.method === 'GET') {
    return { status: 200, contentType: TEXT_TYPE, body: answerWecomUrlCheck(config, request.query, request.nowMs) };
  }
  const outcome = receiveWecomMessage(config, request);
  if (outcome.kind === 'ignored') return { status: 200, contentType: TEXT_TYPE, body: '' };
  await assertFirstDelivery(deps.dedupe, outcome.message);
  const toUser = outcome.message.chatUserId;
  return {
    status: 200,
    contentType: TEXT_TYPE,
    body: '',
    after: () => answerLater(deps, outcome.message, (reply) => ({ platform: 'wecom', toUser, body: renderWecomMarkdown(reply) })),
  };
}
