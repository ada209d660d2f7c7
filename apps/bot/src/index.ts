// The bot's public surface for the server wiring (HTTP routes, Stream clients, `pnpm bot`) and the GraphQL data port.
export type { IncomingMessage, Platform, Reply, ReplyLink, ReplyTable } from './messages.js';
export { WebhookRejected, type RejectReason } from './adapters/webhook-rejected.js';
export type { ParamBag } from './adapters/shared/headers.js';
export type { BizMsgCryptoConfig } from './adapters/shared/biz-msg-crypto.js';

export { receiveDingtalkCallback, type DingtalkCallbackRequest } from './adapters/dingtalk/receive-callback.js';
export { dingtalkSign, verifyDingtalkSignature, DINGTALK_MAX_WINDOW_MS, type DingtalkSignatureOptions } from './adapters/dingtalk/signature.js';
export { openDingtalkEvent, sealDingtalkEventReply, type DingtalkEventRequest, type DingtalkSealedReply } from './adapters/dingtalk/event-crypto.js';
export { dingtalkText, renderDingtalkReply, type DingtalkActionCardMessage, type DingtalkMarkdownMessage, type DingtalkMessage } from './adapters/dingtalk/render-reply.js';

export { receiveFeishuEvent, type FeishuConfig, type FeishuOutcome, type FeishuRequest } from './adapters/feishu/receive-event.js';
export { feishuCustomBotSign } from './adapters/feishu/signature.js';
export { renderFeishuCard, type FeishuInteractiveMessage } from './adapters/feishu/render-card.js';

export { answerWecomUrlCheck } from './adapters/wecom/url-check.js';
export { receiveWecomMessage, type WecomOutcome, type WecomRequest } from './adapters/wecom/receive-message.js';
export { renderWecomMarkdown, renderWecomText, sealWecomPassiveReply, type PassiveReplyTarget, type WecomMarkdownMessage } from './adapters/wecom/render-reply.js';

export { runConsoleSession, type ConsoleSessionOptions } from './adapters/console/console-session.js';
export { renderPlainText } from './adapters/console/render-text.js';

export { DEDUPE_TTL_MS, type DedupeStore } from './dedupe/dedupe-store.js';
export { InMemoryDedupeStore } from './dedupe/in-memory-dedupe-store.js';
export { assertFirstDelivery } from './dedupe/drop-duplicate.js';

export type { BotDataPort } from './data/bot-data-port.js';
export type * from './data/shapes.js';
export type { ProjectCandidate } from './intents/project-candidate.js';
export type { ListFilter, ProjectMetric } from './intents/intent.js';
export { recognise, type RecognisedIntent } from './intents/recognise.js';

export { handleMessage, type ConversationContext } from './conversation/handle-message.js';
export { CHAT_STATE_TTL_MS, type ChatState, type ChatStateStore, type PendingChoice } from './conversation/chat-state.js';
export { InMemoryChatStateStore } from './conversation/in-memory-chat-state-store.js';

export { GraphqlDataPort, type GraphqlDataPortOptions } from './data/graphql-data-port.js';
export { JixiaoApi, UnmappedChatUser, chatUserHeader, type JixiaoApiOptions } from './data/graphql/jixiao-api.js';
export { GraphqlDedupeStore } from './dedupe/graphql-dedupe-store.js';
export { createBotServer, enabledAdapters, type BotServer, type BotServerOptions } from './server/bot-server.js';
export { readAdapterConfig, type AdapterConfig } from './server/server-config.js';
export type { OutgoingReply, ReplySender } from './server/reply-sender.js';
export { HttpReplySender } from './server/http-reply-sender.js';
