import { receiveFeishuEvent } from '../../adapters/feishu/receive-event.js';
import { renderFeishuCard } from '../../adapters/feishu/render-card.js';
import { assertFirstDelivery } from '../../dedupe/drop-duplicate.js';
import { answerLater } from '../answer-later.js';
import type { FeishuServerConfig } from '../server-config.js';
import { jsonResult, type RouteDeps, type RouteRequest, type RouteResult } from './route.js';

/**
 * POST /feishu (event subscription v2): the url_verification challenge is echoed; a message is de-duplicated by
 * event_id, acknowledged with 200 well inside Feishu's 3 s, and answered through the reply API afterwards.
 */
export async function feishuRoute(config: FeishuServerConfig, deps: RouteDeps, request: RouteRequest): Promise<RouteResult> {
  const outcome = receiveFeishuEvent(config, request);
  switch (outcome.kind) {
    case 'challenge':
      return jsonResult(200, { challenge: outcome.challenge });
    case 'ignored':
      return jsonResult(200, {});
    case 'message': {
      await assertFirstDelivery(deps.dedupe, outcome.message);
      const replyTo = outcome.replyTo;
      return jsonResult(200, {}, () => answerLater(deps, outcome.message, (reply) => ({ platform: 'feishu', replyTo, body: renderFeishuCard(reply) })));
    }
  }
}
