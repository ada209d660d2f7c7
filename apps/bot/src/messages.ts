/** The chat platforms the bot speaks; `console` is the terminal adapter used by `pnpm bot`. */
export type Platform = 'dingtalk' | 'feishu' | 'wecom' | 'console';

/**
 * A chat message after an adapter has verified and parsed it. Intents and replies see only this shape,
 * never a platform payload (the koishi/satori split: adapters translate, the conversation decides).
 */
export interface IncomingMessage {
  readonly platform: Platform;
  /** The platform's user id: DingTalk `senderStaffId`, Feishu `open_id`, WeCom `FromUserName`. */
  readonly chatUserId: string;
  /** The conversation the reply goes to (a group or a 1:1 chat). */
  readonly chatId: string;
  readonly isGroup: boolean;
  readonly mentionedBot: boolean;
  readonly isFromBot: boolean;
  /** The platform's id for this delivery, used to drop redeliveries (DingTalk `msgId`, Feishu `event_id`, WeCom `MsgId`). */
  readonly messageId: string;
  /** The text with @-mentions removed. */
  readonly text: string;
  readonly receivedAt: Date;
}

export interface ReplyLink {
  readonly text: string;
  readonly url: string;
}

export interface ReplyTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The alert colour a reply is about, shown where the platform can (Feishu's card header). */
export type ReplyAlert = 'red' | 'amber' | 'green';

/** A numbered answer to an ask-back: `text` is what the asker would type, so a click can send it. */
export interface ReplyChoice {
  readonly label: string;
  readonly text: string;
}

/** A platform-free answer; each adapter renders it into what its platform can display. */
export interface Reply {
  readonly title: string;
  readonly lines: readonly string[];
  /** A button (or link where the platform has none) to the dashboard page of what the reply is about. */
  readonly link?: ReplyLink;
  readonly table?: ReplyTable;
  readonly alert?: ReplyAlert;
  readonly choices?: readonly ReplyChoice[];
}
