import { runConsoleSession } from './adapters/console/console-session.js';
import { botEnvironment } from './bot-environment.js';
import { handleMessage } from './conversation/handle-message.js';
import { InMemoryChatStateStore } from './conversation/in-memory-chat-state-store.js';
import { serviceErrorReply } from './replies/notice-replies.js';

/**
 * `pnpm bot`: a terminal conversation against the running API (`pnpm start`). It speaks as the chat user
 * `console:zfw-staff`, which the demo data links to 州党委政法委财务人员 (unit staff of 昌吉州党委政法委);
 * JIXIAO_CHAT_USER=<id> speaks as `console:<id>` instead (e.g. leader, finance, or an unlinked name).
 */
const chatUserId = process.env['JIXIAO_CHAT_USER'] ?? 'zfw-staff';
const environment = botEnvironment(process.env, (text) => process.stderr.write(`${text}\n`));
const state = new InMemoryChatStateStore();

process.stdout.write(`绩效助手 · ${environment.apiUrl} · 聊天账号 console:${chatUserId}（输入“帮助”，Ctrl+D 退出）\n`);
await runConsoleSession({
  input: process.stdin,
  output: process.stdout,
  chatUserId,
  handle: async (message) => {
    try {
      return await handleMessage(message, { data: environment.data, state, today: () => new Date() });
    } catch (error) {
      // Keep the session: the API may be starting or restarting. Say why on stderr, answer like the platforms do.
      process.stderr.write(`API ${environment.apiUrl}: ${error instanceof Error ? error.message : String(error)}（是否已运行 pnpm start？）\n`);
      return serviceErrorReply();
    }
  },
});
environment.api.stop();
