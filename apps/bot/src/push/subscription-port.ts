import { MySubscriptionsDocument, SubscribeDigestDocument, UnsubscribeDigestDocument, type DigestSubscriptionFieldsFragment } from '@jixiao/contract';
import { ApolloError } from '@apollo/client/core/index.js';
import { chatUserHeader, type JixiaoApi } from '../data/graphql/jixiao-api.js';
import type { IncomingMessage } from '../messages.js';

export type ChatSubscription = DigestSubscriptionFieldsFragment;

/** A refusal the API explained (bad input): its Chinese message is for the user. */
export class SubscriptionRefused extends Error {
  override readonly name = 'SubscriptionRefused';
}

/** The chat user's subscriptions, through the API acting as that user. */
export interface SubscriptionPort {
  /** Subscribes this chat: the group it was written in, or the writer's own account in a 1:1 chat. */
  subscribe(message: IncomingMessage, frequency: 'daily' | 'weekly'): Promise<ChatSubscription>;
  list(message: IncomingMessage): Promise<readonly ChatSubscription[]>;
  /** Removes the writer's subscriptions of this chat (of one frequency, or all); answers how many. */
  unsubscribe(message: IncomingMessage, frequency: 'daily' | 'weekly' | null): Promise<number>;
}

export class GraphqlSubscriptionPort implements SubscriptionPort {
  constructor(private readonly api: JixiaoApi) {}

  async subscribe(message: IncomingMessage, frequency: 'daily' | 'weekly'): Promise<ChatSubscription> {
    const input = message.isGroup
      ? { platform: message.platform, frequency, target: 'group' as const, conversationId: message.chatId }
      : { platform: message.platform, frequency, target: 'user' as const, conversationId: message.chatUserId };
    try {
      return (await this.api.mutate(SubscribeDigestDocument, { input }, this.as(message))).subscribeDigest;
    } catch (error) {
      const refusal = error instanceof ApolloError ? error.graphQLErrors.find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT') : undefined;
      throw refusal === undefined ? error : new SubscriptionRefused(refusal.message);
    }
  }

  async list(message: IncomingMessage): Promise<readonly ChatSubscription[]> {
    return (await this.api.query(MySubscriptionsDocument, {}, this.as(message))).mySubscriptions;
  }

  async unsubscribe(message: IncomingMessage, frequency: 'daily' | 'weekly' | null): Promise<number> {
    const recipient = message.isGroup ? message.chatId : message.chatUserId;
    const matching = (await this.list(message)).filter(
      (s) => s.platform === message.platform && s.conversationId === recipient && (frequency === null || s.frequency === frequency),
    );
    let removed = 0;
    for (const s of matching) if ((await this.api.mutate(UnsubscribeDigestDocument, { id: s.id }, this.as(message))).unsubscribeDigest) removed += 1;
    return removed;
  }

  private as(message: IncomingMessage): string {
    return chatUserHeader(message.platform, message.chatUserId);
  }
}
