import { randomBytes } from 'node:crypto';
import type { Reply } from '../../messages.js';
import { bizMsgEncrypt, bizMsgSignature, type BizMsgCryptoConfig } from '../shared/biz-msg-crypto.js';
import { replyToMarkdownLines } from '../shared/markdown.js';
import { cdata } from './xml.js';

export interface WecomMarkdownMessage {
  readonly msgtype: 'markdown';
  readonly markdown: { readonly content: string };
}

/** WeCom's markdown and text messages hold at most 2,048 bytes of UTF-8; longer replies are split, never cut. */
export const WECOM_MAX_CONTENT_BYTES = 2048;

/** For the message send API and group bots: legacy WeCom markdown, which renders no tables; links are clickable. */
export function renderWecomMarkdown(reply: Reply): WecomMarkdownMessage {
  return { msgtype: 'markdown', markdown: { content: replyToMarkdownLines(reply, { choiceLine: (c) => c.label }).join('\n') } };
}

/** Plain text for the passive (synchronous) reply, which supports no markdown. */
export function renderWecomText(reply: Reply): string {
  const lines = [reply.title, ...reply.lines, ...(reply.choices?.map((c) => c.label) ?? [])];
  if (reply.table !== undefined) {
    lines.push(reply.table.header.join(' | '), ...reply.table.rows.map((row) => row.join(' | ')));
  }
  if (reply.link !== undefined) lines.push(`${reply.link.text}：${reply.link.url}`);
  return lines.join('\n');
}

export interface PassiveReplyTarget {
  /** The user who wrote (their `FromUserName`). */
  readonly toUser: string;
  /** The corp id (the incoming `ToUserName`). */
  readonly fromCorp: string;
  readonly nowMs: number;
  readonly nonce?: string;
  readonly random?: Buffer;
}

/** The encrypted XML passive reply: the inner text message is encrypted and signed like the callback. */
export function sealWecomPassiveReply(config: BizMsgCryptoConfig, reply: Reply, target: PassiveReplyTarget): string {
  const timestamp = String(Math.floor(target.nowMs / 1000));
  const nonce = target.nonce ?? randomBytes(6).toString('hex');
  const inner =
    `<xml><ToUserName>${cdata(target.toUser)}</ToUserName><FromUserName>${cdata(target.fromCorp)}</FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(renderWecomText(reply))}</Content></xml>`;
  const encrypt = bizMsgEncrypt(config, inner, target.random);
  const signature = bizMsgSignature(config.token, timestamp, nonce, encrypt);
  return (
    `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
  );
}
