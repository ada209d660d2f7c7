import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Permission } from '../../auth/permission.js';
import { ChatService } from './chat.service.js';

@Resolver()
export class ChatResolver {
  constructor(private readonly chat: ChatService) {}

  @Mutation(() => Boolean, { description: 'Links a chat platform account to a user, so the bot acts with that user\'s permissions (admin).' })
  @Allow(Permission.Administer)
  linkChatUser(
    @Args('platform', { description: 'dingtalk / feishu / wecom / console' }) platform: string,
    @Args('platformUserId') platformUserId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.chat.link(platform, platformUserId, userId);
  }

  @Mutation(() => Boolean, {
    description: 'Bot only (service token): records a webhook event id; true the first time, false for a platform retry to drop.',
  })
  @Allow(Permission.Service)
  markWebhookEventProcessed(@Args('platform') platform: string, @Args('eventId') eventId: string): Promise<boolean> {
    return this.chat.markProcessed(platform, eventId);
  }
}
