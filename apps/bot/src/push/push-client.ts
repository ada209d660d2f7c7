/** Where a digest goes: the owner's own chat account, or a group chat. */
export interface PushRecipient {
  readonly target: 'user' | 'group';
  /** The platform's user id, or the group's conversation / chat id. */
  readonly conversationId: string;
}

/** One message of a digest, already within the platform's size limit. */
export interface PushMessage {
  readonly title: string;
  readonly markdown: string;
}

/**
 * A platform's send API (not a reply to a message: the bot starts the conversation). Implemented in
 * adapters/<platform>/send-*.ts; the scheduler knows only this.
 */
export interface PushClient {
  readonly platform: 'dingtalk' | 'feishu' | 'wecom';
  /** The largest markdown body, in UTF-8 bytes, one message may carry (split before, never truncated). */
  readonly maxMessageBytes: number;
  /** Between markdown lines: DingTalk needs a blank line, the others a newline. */
  readonly lineBreak: string;
  /**
   * Whether the platform drops a second send with the same key (Feishu's `uuid`, WeCom's duplicate check), so a
   * message whose first send has an unknown outcome may be sent again without arriving twice.
   */
  idempotent(recipient: PushRecipient): boolean;
  /** Throws when the platform refused or could not be reached. */
  send(recipient: PushRecipient, message: PushMessage, key: string): Promise<void>;
}
