import { Permission, permissionsOf } from './permission.js';
import type { Role } from './role.js';

/** The signed-in user as the access token states it. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The unit of a unitStaff user. */
  readonly unitId: string | null;
  /** The region a leader reads. */
  readonly regionCode: string | null;
  /** After an administrator's reset: nothing but `me` and `changePassword` until the password is changed. */
  readonly mustChangePassword: boolean;
}

/** Only these until a reset password is changed (the guard says why the rest is refused). */
const PASSWORD_CHANGE_PERMISSIONS: ReadonlySet<Permission> = new Set([Permission.Public, Permission.Authenticated]);

/**
 * Who is calling and how, built once per request by the guard (vendure's RequestContext). Every
 * service call that touches project data takes it first, and the row scopes read it.
 */
export class RequestContext {
  private constructor(
    readonly user: SessionUser | undefined,
    /** `service`: the bot, acting for `user` (undefined when the chat user is not linked). */
    readonly via: 'anonymous' | 'token' | 'service',
    /** The session a bearer token belongs to (logout, changing one's own password). */
    readonly sessionId?: string,
  ) {}

  static anonymous(): RequestContext {
    return new RequestContext(undefined, 'anonymous');
  }

  static forUser(user: SessionUser, via: 'token' | 'service' = 'token', sessionId?: string): RequestContext {
    return new RequestContext(user, via, sessionId);
  }

  /** The bot called for a chat user that is linked to nobody: it may call, but sees no data. */
  static unmappedService(): RequestContext {
    return new RequestContext(undefined, 'service');
  }

  get permissions(): ReadonlySet<Permission> {
    if (!this.user) return new Set([Permission.Public]);
    return this.user.mustChangePassword ? PASSWORD_CHANGE_PERMISSIONS : permissionsOf(this.user.role);
  }

  /** The user, for operations the guard has already limited to signed-in callers. */
  get requireUser(): SessionUser {
    if (!this.user) throw new Error('RequestContext.requireUser on an anonymous context');
    return this.user;
  }
}
