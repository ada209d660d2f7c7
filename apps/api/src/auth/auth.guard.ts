import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import { ALLOW_METADATA } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { requestOf, storeRequestContext } from './execution-request.js';
import { Permission } from './permission.js';

/**
 * The one global guard: builds the request context (who calls, how) and checks the operation's
 * `@Allow` permissions against it, for GraphQL operations and plain HTTP routes alike. Row-level
 * limits are applied by the services' queries through the same context (policy/project-scope.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_METADATA, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    // Fail closed: an operation nobody declared permissions for is nobody's.
    if (!required || required.length === 0) throw ApiError.forbidden('该操作未声明权限');

    const ctx = await this.auth.contextFor(requestOf(execution));
    storeRequestContext(execution, ctx);

    if (required.includes(Permission.Public)) return true;
    if (required.includes(Permission.Service) && ctx.via === 'service') return true;
    if (!ctx.user) {
      throw ctx.via === 'service'
        ? new ApiError(ApiErrorCode.UnmappedChatUser, '该聊天账号尚未绑定绩效系统用户')
        : new ApiError(ApiErrorCode.Unauthenticated, '请先登录');
    }
    if (required.some((permission) => ctx.permissions.has(permission))) return true;
    if (ctx.user.mustChangePassword) {
      throw new ApiError(ApiErrorCode.Forbidden, '管理员已重置您的密码，请先修改密码', { reason: 'passwordChangeRequired' });
    }
    throw ApiError.forbidden();
  }
}
