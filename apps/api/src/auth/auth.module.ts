import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { ChatSignInResolver } from './chat-sign-in/chat-sign-in.resolver.js';
import { ChatSignInService } from './chat-sign-in/chat-sign-in.service.js';
import { LoginRateLimiter } from './login-rate-limiter.service.js';
import { ProjectAccessService } from './policy/project-access.service.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

@Module({
  providers: [
    AuthService,
    TokenService,
    SessionService,
    LoginRateLimiter,
    ProjectAccessService,
    AuthResolver,
    ChatSignInService,
    ChatSignInResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ProjectAccessService, AuthService, SessionService, LoginRateLimiter],
})
export class AuthModule {}
