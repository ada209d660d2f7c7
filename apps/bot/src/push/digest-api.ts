import { BotClaimDueDigestsDocument, BotCompleteDigestDeliveryDocument, type DigestOutcome } from '@jixiao/contract';
import type { JixiaoApi } from '../data/graphql/jixiao-api.js';
import type { DigestClaim } from './render-digest.js';

/** The API's side of push (service token, no chat user): claim due digests, report outcomes. */
export interface DigestApi {
  claim(instance: string, platforms: readonly string[], limit: number, now: Date): Promise<DigestClaim[]>;
  complete(deliveryId: string, outcome: DigestOutcome, error: string | undefined, now: Date): Promise<void>;
}

export class GraphqlDigestApi implements DigestApi {
  constructor(private readonly api: JixiaoApi) {}

  async claim(instance: string, platforms: readonly string[], limit: number, now: Date): Promise<DigestClaim[]> {
    const data = await this.api.mutate(BotClaimDueDigestsDocument, { instance, platforms: [...platforms], limit, now: now.toISOString() }, null);
    return data.claimDueDigests;
  }

  async complete(deliveryId: string, outcome: DigestOutcome, error: string | undefined, now: Date): Promise<void> {
    await this.api.mutate(BotCompleteDigestDeliveryDocument, { deliveryId, outcome, error: error ?? null, now: now.toISOString() }, null);
  }
}
