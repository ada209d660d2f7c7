import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { Allow } from '../allow.decorator.js';
import { clientOf } from '../client-info.js';
import { LoginRateLimiter } from '../login-rate-limiter.service.js';
import { AuthPayload } from '../models/auth-payload.model.js';
import { SignInOptions } from '../models/sign-in-options.model.js';
import { Permission } from '../permission.js';
import { answerSignIn } from '../sign-in-answer.js';
import { ChatSignInInput } from './chat-sign-in.input.js';
import { ChatSignInService } from './chat-sign-in.service.js';

@Resolver(() => SignInOptions)
export class ChatSignInResolver {
  constructor(
    private readonly chat: ChatSignInService,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [String], { description: 'Work-chat platforms this server signs in with (dingtalk, feishu, wecom); empty when none is configured.' })
  chatPlatforms(): string[] {
    return this.chat.platforms();
  }

  @Query(() => String, { description: 'Where to send the browser to sign in with a work chat; the platform returns to redirectUri with a code and the state.' })
  @Allow(Permission.Public)
  chatSignInUrl(@Args('platform') platform: string, @Args('redirectUri') redirectUri: string, @Args('state') state: string): string {
    return this.chat.authorizeUrl(platform, redirectUri, state);
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in the account linked to the work-chat user of the code (UNMAPPED_CHAT_USER when none is) and sets the refresh cookie.',
  })
  @Allow(Permission.Public)
  async chatSignIn(@Args('input') input: ChatSignInInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    await this.rateLimiter.check(context.req);
    return answerSignIn(await this.chat.signIn(input.platform, input.code, input.redirectUri, clientOf(context.req)), context.reply, this.config);
  }
}
