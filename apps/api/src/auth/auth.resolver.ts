import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { Allow } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { Ctx } from './ctx.decorator.js';
import { LoginInput, validateLogin } from './dto/login.input.js';
import { LoginRateLimiter } from './login-rate-limiter.service.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { User } from './models/user.model.js';
import { Permission } from './permission.js';
import type { RequestContext } from './request-context.js';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Signs in with a password. Limited per client address (RATE_LIMITED).' })
  @Allow(Permission.Public)
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    await this.rateLimiter.check(context.req);
    validateLogin(input);
    const { user, token, expiresAt } = await this.auth.login(input.username, input.password);
    return { accessToken: token, expiresAt, user };
  }

  @Query(() => User, { description: 'The signed-in user (or, through the bot, the linked user).' })
  @Allow(Permission.Authenticated)
  me(@Ctx() ctx: RequestContext): User {
    return ctx.requireUser;
  }
}
