import { hostname } from 'node:os';
import { botEnvironment } from './bot-environment.js';
import { InMemoryChatStateStore } from './conversation/in-memory-chat-state-store.js';
import { GraphqlDedupeStore } from './dedupe/graphql-dedupe-store.js';
import { GraphqlDigestApi } from './push/digest-api.js';
import { DigestScheduler } from './push/digest-scheduler.js';
import { pushClients, PUSH_INTERVAL_MS } from './push/push-config.js';
import { GraphqlSubscriptionPort } from './push/subscription-port.js';
import { createBotServer, enabledAdapters } from './server/bot-server.js';
import { startDingtalkStream } from './server/dingtalk-stream.js';
import { HttpReplySender } from './server/http-reply-sender.js';
import { readAdapterConfig, readDingtalkStreamConfig } from './server/server-config.js';

/**
 * The webhook server (`node dist/main.js`): BOT_PORT (3100) and BOT_HOST (0.0.0.0), the API connection from
 * JIXIAO_API_URL and BOT_SERVICE_TOKEN, and each platform's settings (README, "Run the server"). De-duplication
 * lives in the API's database; the ask-back memory is per instance (see README).
 */
const env = process.env;
const log = (text: string) => process.stderr.write(`${new Date().toISOString()} ${text}\n`);
const environment = botEnvironment(env, log);
const adapters = readAdapterConfig(env);
const enabled = enabledAdapters(adapters);
const streamConfig = readDingtalkStreamConfig(env);
if (enabled.length === 0 && streamConfig === null) log('no chat platform is configured: every webhook route answers 404 (see apps/bot/README.md).');

const deps = {
  dedupe: new GraphqlDedupeStore(environment.api),
  conversation: { data: environment.data, state: new InMemoryChatStateStore(), today: () => new Date(), subscriptions: new GraphqlSubscriptionPort(environment.api) },
  sender: new HttpReplySender(adapters.feishu, adapters.wecom),
  logError: (context: string, error: unknown) => log(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
};
const bot = createBotServer({ adapters, ...deps });
// DingTalk Stream mode: an outbound WebSocket, no public URL; only with both settings (README, "Run the server").
const stream = streamConfig === null ? null : startDingtalkStream({ config: streamConfig, log, ...deps });
if (stream !== null) log('dingtalk stream mode enabled');
// Digests (订阅): every instance ticks; the API's claims make each digest go out once (README, "Push").
const clients = pushClients(env, adapters);
const scheduler = new DigestScheduler({
  api: new GraphqlDigestApi(environment.api),
  clients,
  instance: `${hostname()}:${process.pid}`,
  dashboardUrl: environment.dashboardUrl,
  logError: deps.logError,
});
if (clients.length > 0) scheduler.start(PUSH_INTERVAL_MS);
log(`digest push: ${clients.map((c) => c.platform).join(', ') || 'no platform configured'}`);
const url = await bot.listen(Number(env['BOT_PORT'] ?? 3100), env['BOT_HOST'] ?? '0.0.0.0');
log(`bot listening at ${url} (${enabled.join(', ') || 'no platforms'}), API ${environment.apiUrl}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Finish the answers already acknowledged to the platforms: they will not be redelivered.
    void Promise.all([stream?.stop(), bot.close(), scheduler.stop()])
      .then(() => Promise.all([stream?.idle(), bot.idle()]))
      .finally(() => environment.api.stop());
  });
}
