import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { Allow } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { clientOf } from './client-info.js';
import { Ctx } from './ctx.decorator.js';
import { LoginInput, validateLogin } from './dto/login.input.js';
import { LoginRateLimiter } from './login-rate-limiter.service.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { SignInOptions } from './models/sign-in-options.model.js';
import { User } from './models/user.model.js';
import { Permission } from './permission.js';
import { clearRefreshCookie, refreshCookieOf } from './refresh-cookie.js';
import type { RequestContext } from './request-context.js';
import { answerSignIn } from './sign-in-answer.js';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Signs in with a password and sets the refresh cookie. Limited per client address and per account (RATE_LIMITED).',
  })
  @Allow(Permission.Public)
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    await this.rateLimiter.check(context.req);
    validateLogin(input);
    return answerSignIn(await this.auth.login(input.username, input.password, clientOf(context.req)), context.reply, this.config);
  }

  @Mutation(() => AuthPayload, {
    description: 'A new access token for the session of the refresh cookie, which is replaced (rotated). UNAUTHENTICATED when the session is over.',
  })
  @Allow(Permission.Public)
  async refreshSession(@Context() context: GraphQLContext): Promise<AuthPayload> {
    const token = refreshCookieOf(context.req);
    if (token === undefined) throw new ApiError(ApiErrorCode.Unauthenticated, '请先登录', { reason: 'noSession' });
    try {
      return answerSignIn(await this.auth.refresh(token), context.reply, this.config);
    } catch (error) {
      clearRefreshCookie(context.reply, this.config);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'Ends the session (of the refresh cookie, else of the access token); true when one was open.' })
  @Allow(Permission.Public)
  async logout(@Ctx() ctx: RequestContext, @Context() context: GraphQLContext): Promise<boolean> {
    const ended = await this.auth.logout(refreshCookieOf(context.req), ctx);
    clearRefreshCookie(context.reply, this.config);
    return ended;
  }

  @Query(() => SignInOptions, { description: 'For the login page, before signing in.' })
  @Allow(Permission.Public)
  async signInOptions(): Promise<SignInOptions> {
    return { demoUsers: await this.auth.demoUsersExist() };
  }

  @Query(() => User, { description: 'The signed-in user (or, through the bot, the linked user).' })
  @Allow(Permission.Authenticated)
  me(@Ctx() ctx: RequestContext): User {
    return ctx.requireUser;
  }

}
