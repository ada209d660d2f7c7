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
}

/**
 * Who is calling and how, built once per request by the guard (vendure's RequestContext). Every
 * service call that touches project data takes it first, and the row scopes read it.
 */
export class RequestContext {
  private constructor(
    readonly user: SessionUser | undefined,
    /** `service`: the bot, acting for `user` (undefined when the chat user is not linked). */
    readonly via: 'anonymous' | 'token' | 'service',
  ) {}

  static anonymous(): RequestContext {
    return new RequestContext(undefined, 'anonymous');
  }

  static forUser(user: SessionUser, via: 'token' | 'service' = 'token'): RequestContext {
    return new RequestContext(user, via);
  }

  /** The bot called for a chat user that is linked to nobody: it may call, but sees no data. */
  static unmappedService(): RequestContext {
    return new RequestContext(undefined, 'service');
  }

  get permissions(): ReadonlySet<Permission> {
    return this.user ? permissionsOf(this.user.role) : new Set([Permission.Public]);
  }

  /** The user, for operations the guard has already limited to signed-in callers. */
  get requireUser(): SessionUser {
    if (!this.user) throw new Error('RequestContext.requireUser on an anonymous context');
    return this.user;
  }
}
