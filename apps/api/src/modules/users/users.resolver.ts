import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { clientOf } from '../../auth/client-info.js';
import { Ctx } from '../../auth/ctx.decorator.js';
import { LoginRateLimiter } from '../../auth/login-rate-limiter.service.js';
import { AuthPayload } from '../../auth/models/auth-payload.model.js';
import { Permission } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { answerSignIn } from '../../auth/sign-in-answer.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { ResetPasswordInput } from './dto/reset-password.input.js';
import { SetUserAccessInput } from './dto/set-user-access.input.js';
import { UserAccount } from './models/user-account.model.js';
import { UserSession } from './models/user-session.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserAccount)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [UserAccount], { name: 'users', description: 'Every user account, by username (admin).' })
  @Allow(Permission.Administer)
  listUsers(): Promise<UserAccount[]> {
    return this.users.list();
  }

  @Query(() => [UserSession], { description: 'A user\'s sessions, open ones first (admin).' })
  @Allow(Permission.Administer)
  userSessions(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserSession[]> {
    return this.users.sessionsOf(ctx, userId);
  }

  @Mutation(() => UserAccount, { description: 'Creates an account; the user must change the given password at first sign-in (admin).' })
  @Allow(Permission.Administer)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<UserAccount> {
    return this.users.create(ctx, input);
  }

  @Mutation(() => UserAccount, { description: 'Sets role, unit and region at once; a change ends the user\'s sessions (admin).' })
  @Allow(Permission.Administer)
  setUserAccess(@Ctx() ctx: RequestContext, @Args('input') input: SetUserAccessInput): Promise<UserAccount> {
    return this.users.setAccess(ctx, input);
  }

  @Mutation(() => UserAccount, { description: 'Disables (ending every session) or enables an account (admin).' })
  @Allow(Permission.Administer)
  setUserDisabled(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('disabled') disabled: boolean,
  ): Promise<UserAccount> {
    return this.users.setDisabled(ctx, userId, disabled);
  }

  @Mutation(() => UserAccount, { description: 'Sets a temporary password to be changed at next sign-in; ends the user\'s sessions (admin).' })
  @Allow(Permission.Administer)
  resetUserPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<UserAccount> {
    return this.users.resetPassword(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends one session: its access tokens stop at once (admin). False when it had ended already.' })
  @Allow(Permission.Administer)
  endUserSession(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<boolean> {
    return this.users.endSession(ctx, sessionId);
  }

  @Mutation(() => AuthPayload, {
    description: 'Changes the signed-in user\'s password (also after a reset). Ends every session and answers a new one for this browser.',
  })
  @Allow(Permission.Authenticated)
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    // A wrong current password is a password guess: the login limit per address applies.
    await this.rateLimiter.check(context.req);
    return answerSignIn(await this.users.changeOwnPassword(ctx, input, clientOf(context.req)), context.reply, this.config);
  }
}
