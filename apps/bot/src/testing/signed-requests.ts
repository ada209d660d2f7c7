import { randomBytes } from 'node:crypto';
import { sealFeishuRequest } from '../adapters/feishu/__tests__/seal-event.js';
import { dingtalkSign } from '../adapters/dingtalk/signature.js';
import { bizMsgEncrypt, bizMsgSignature, type BizMsgCryptoConfig } from '../adapters/shared/biz-msg-crypto.js';

/** Platform requests signed the way each platform signs them, for end-to-end tests and the benchmark. */
export interface SignedRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export interface DingtalkMessageOptions {
  readonly appSecret: string;
  readonly staffId: string;
  readonly text: string;
  readonly msgId: string;
  readonly nowMs: number;
  readonly group?: boolean;
  readonly mentioned?: boolean;
}

/** The session webhook the tests' DingTalk messages carry (only DingTalk's hosts are accepted). */
export const TEST_SESSION_WEBHOOK = 'https://oapi.dingtalk.com/robot/sendBySession?session=test-session';

export function dingtalkRequest(options: DingtalkMessageOptions): SignedRequest {
  const timestamp = String(options.nowMs);
  const body = {
    msgtype: 'text',
    text: { content: options.text },
    msgId: options.msgId,
    conversationId: 'cid-e2e',
    conversationType: options.group === true ? '2' : '1',
    senderId: `sender-${options.staffId}`,
    senderStaffId: options.staffId,
    chatbotUserId: 'bot-e2e',
    isInAtList: options.mentioned ?? options.group === true,
    sessionWebhook: TEST_SESSION_WEBHOOK,
    sessionWebhookExpiredTime: options.nowMs + 60 * 60 * 1000,
  };
  return {
    path: '/dingtalk',
    headers: { 'content-type': 'application/json', timestamp, sign: dingtalkSign(timestamp, options.appSecret) },
    body: Buffer.from(JSON.stringify(body)),
  };
}

export interface FeishuMessageOptions {
  readonly encryptKey: string;
  readonly verificationToken: string;
  readonly openId: string;
  readonly text: string;
  readonly eventId: string;
  readonly nowMs: number;
}

export function feishuRequest(options: FeishuMessageOptions): SignedRequest {
  const event = {
    schema: '2.0',
    header: { event_id: options.eventId, event_type: 'im.message.receive_v1', token: options.verificationToken },
    event: {
      sender: { sender_id: { open_id: options.openId }, sender_type: 'user' },
      message: {
        message_id: `om-${options.eventId}`,
        chat_id: 'oc-e2e',
        chat_type: 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: options.text }),
      },
    },
  };
  const sealed = sealFeishuRequest(options.encryptKey, event, String(Math.floor(options.nowMs / 1000)), randomBytes(6).toString('hex'));
  return { path: '/feishu', headers: { 'content-type': 'application/json', ...sealed.headers }, body: sealed.rawBody };
}

export interface WecomMessageOptions {
  readonly config: BizMsgCryptoConfig;
  readonly fromUser: string;
  readonly text: string;
  readonly msgId: string;
  readonly nowMs: number;
}

export function wecomRequest(options: WecomMessageOptions): SignedRequest {
  const { config } = options;
  const inner =
    `<xml><ToUserName><![CDATA[${config.receiveId}]]></ToUserName><FromUserName><![CDATA[${options.fromUser}]]></FromUserName>` +
    `<CreateTime>${Math.floor(options.nowMs / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${options.text}]]></Content><MsgId>${options.msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const encrypt = bizMsgEncrypt(config, inner);
  const timestamp = String(Math.floor(options.nowMs / 1000));
  const nonce = randomBytes(5).toString('hex');
  const query = new URLSearchParams({ msg_signature: bizMsgSignature(config.token, timestamp, nonce, encrypt), timestamp, nonce });
  return {
    path: `/wecom?${query.toString()}`,
    headers: { 'content-type': 'text/xml' },
    body: Buffer.from(`<xml><ToUserName><![CDATA[${config.receiveId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`),
  };
}

/** Posts a signed request to the bot's server and answers the status and body. */
export async function post(baseUrl: string, request: SignedRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  return { status: response.status, body: await response.text() };
}
