import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { SubscribeDigestInput } from './dto/subscribe-digest.input.js';
import { DigestSubscription } from './models/digest-subscription.model.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Resolver(() => DigestSubscription)
export class SubscriptionsResolver {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Query(() => [DigestSubscription], { description: 'The signed-in user\'s digest subscriptions (订阅), oldest first.' })
  @Allow(Permission.Authenticated)
  mySubscriptions(@Ctx() ctx: RequestContext): Promise<DigestSubscription[]> {
    return this.subscriptions.list(ctx);
  }

  @Mutation(() => DigestSubscription, {
    description: 'Subscribes the caller (or, through the bot, a group chat the caller wrote in) to a digest of what the caller may see.',
  })
  @Allow(Permission.Authenticated)
  subscribeDigest(@Ctx() ctx: RequestContext, @Args('input') input: SubscribeDigestInput): Promise<DigestSubscription> {
    return this.subscriptions.subscribe(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes one of the caller\'s subscriptions; false when the caller has none with this id.' })
  @Allow(Permission.Authenticated)
  unsubscribeDigest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.subscriptions.unsubscribe(ctx, id);
  }
}
