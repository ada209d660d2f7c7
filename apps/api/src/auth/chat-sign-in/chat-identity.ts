import type { ChatSignInPlatform } from './chat-sign-in.config.js';

/**
 * One platform's OAuth sign-in: where to send the browser, and which platform user a returned code
 * belongs to — the same id the bot sees as the message sender (DingTalk `senderStaffId` = userid,
 * Feishu `open_id`, WeCom `FromUserName` = userid), so one link in chat_user_links serves both.
 */
export interface ChatIdentity {
  readonly platform: ChatSignInPlatform;
  /** The platform's name for messages (钉钉, 飞书, 企业微信). */
  readonly label: string;
  authorizeUrl(redirectUri: string, state: string): string;
  /** The platform user id of the code's user; throws an ApiError the user can act on. */
  platformUserId(code: string, redirectUri: string): Promise<string>;
}
