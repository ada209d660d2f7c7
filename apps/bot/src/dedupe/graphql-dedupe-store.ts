import { BotMarkWebhookEventDocument } from '@jixiao/contract';
import type { JixiaoApi } from '../data/graphql/jixiao-api.js';
import type { Platform } from '../messages.js';
import type { DedupeStore } from './dedupe-store.js';

/**
 * De-duplication in the API's database (`processed_webhook_events`, one `INSERT … ON CONFLICT DO NOTHING` per
 * delivery): it survives restarts and every bot instance shares it, so a redelivery to another instance is still
 * dropped. The API keeps the ids (it deletes none), which is at least the 8 hours `ttlMs` asks for; the platforms'
 * ids are unique, so keeping them longer never drops a new message.
 */
export class GraphqlDedupeStore implements DedupeStore {
  constructor(private readonly api: JixiaoApi) {}

  async seen(platform: Platform, id: string, _ttlMs: number): Promise<boolean> {
    // The bot itself records the event (no chat user): the check happens before anyone is mapped.
    const data = await this.api.mutate(BotMarkWebhookEventDocument, { platform, eventId: id }, null);
    return !data.markWebhookEventProcessed;
  }
}
