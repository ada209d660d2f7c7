import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DB, type Db } from '../../database/database.types.js';
import { chatUserLinks, users } from '../../database/schema/index.js';
import { AuthService, type SignedIn } from '../auth.service.js';
import type { ClientInfo } from '../client-info.js';
import { SessionService } from '../session.service.js';
import type { ChatIdentity } from './chat-identity.js';
import { CHAT_SIGN_IN_PLATFORMS, type ChatSignInPlatform } from './chat-sign-in.config.js';
import { dingtalkIdentity } from './dingtalk-identity.js';
import { feishuIdentity } from './feishu-identity.js';
import { wecomIdentity } from './wecom-identity.js';

/** The dashboard's page that receives the platform's redirect (apps/dashboard router: login-chat). */
const CALLBACK_PATH = /^\/login\/chat\/(dingtalk|feishu|wecom)$/;

/**
 * Sign-in through a work chat: the platform vouches for who the user is (OAuth code exchange), and
 * the account the bot linked to that platform user (chat_user_links) is signed in — no password.
 * A platform user with no link, or a disabled account, is refused with what to do.
 */
@Injectable()
export class ChatSignInService {
  private readonly identities: ReadonlyMap<ChatSignInPlatform, ChatIdentity>;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {
    const { dingtalk, feishu, wecom } = config.chatSignIn;
    this.identities = new Map(
      [dingtalk && dingtalkIdentity(dingtalk), feishu && feishuIdentity(feishu), wecom && wecomIdentity(wecom)]
        .filter((identity): identity is ChatIdentity => identity !== undefined)
        .map((identity) => [identity.platform, identity]),
    );
  }

  /** The platforms configured on this server, in a fixed order. */
  platforms(): ChatSignInPlatform[] {
    return CHAT_SIGN_IN_PLATFORMS.filter((platform) => this.identities.has(platform));
  }

  authorizeUrl(platform: string, redirectUri: string, state: string): string {
    const identity = this.identity(platform);
    if (!/^[A-Za-z0-9_-]{16,128}$/.test(state)) throw ApiError.badInput('state', 'invalidState', 'state 须为 16–128 位字母、数字、- 或 _');
    return identity.authorizeUrl(checkedRedirect(redirectUri, identity.platform), state);
  }

  async signIn(platform: string, code: string, redirectUri: string, client: ClientInfo): Promise<SignedIn> {
    const identity = this.identity(platform);
    if (code.trim() === '' || code.length > 512) throw ApiError.badInput('code', 'invalidCode', '登录授权码缺失或过长');
    const platformUserId = await identity.platformUserId(code, checkedRedirect(redirectUri, identity.platform));
    const [row] = await this.db
      .select({ user: users })
      .from(chatUserLinks)
      .innerJoin(users, eq(users.id, chatUserLinks.userId))
      .where(and(eq(chatUserLinks.platform, identity.platform), eq(chatUserLinks.platformUserId, platformUserId)));
    if (!row) {
      throw new ApiError(ApiErrorCode.UnmappedChatUser, `该${identity.label}账号尚未关联绩效系统账号，请联系系统管理员关联后再试，或使用用户名和密码登录`, {
        reason: 'chatUserNotLinked',
      });
    }
    if (row.user.disabledAt) throw new ApiError(ApiErrorCode.Unauthenticated, '该账号已停用，请联系系统管理员', { reason: 'accountDisabled' });
    const started = await this.sessions.start(row.user.id, client);
    return this.auth.signedIn(row.user, started.sessionId, started.refreshToken);
  }

  private identity(platform: string): ChatIdentity {
    const identity = this.identities.get(platform as ChatSignInPlatform);
    if (!identity) throw ApiError.badInput('platform', 'chatSignInOff', `本系统未启用该平台登录（可用：${this.platforms().join('、') || '无'}）`);
    return identity;
  }
}

/** Only the dashboard's own callback page may receive a code (platforms check it too; this fails early and clearly). */
function checkedRedirect(redirectUri: string, platform: ChatSignInPlatform): string {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw ApiError.badInput('redirectUri', 'notAUrl', 'redirectUri 须为完整网址');
  }
  const match = CALLBACK_PATH.exec(url.pathname);
  if (!/^https?:$/.test(url.protocol) || match?.[1] !== platform || url.search !== '' || url.hash !== '') {
    throw ApiError.badInput('redirectUri', 'notTheCallback', `redirectUri 须为本系统的 /login/chat/${platform} 页面`);
  }
  return url.toString();
}
