import { InMemoryChatStateStore } from '../src/conversation/in-memory-chat-state-store.js';
import { GraphqlDataPort } from '../src/data/graphql-data-port.js';
import { JixiaoApi } from '../src/data/graphql/jixiao-api.js';
import { GraphqlDedupeStore } from '../src/dedupe/graphql-dedupe-store.js';
import { createBotServer } from '../src/server/bot-server.js';
import type { AdapterConfig } from '../src/server/server-config.js';
import { CapturingReplySender, replyText } from '../src/testing/capturing-reply-sender.js';
import { dingtalkRequest, feishuRequest, post, wecomRequest, type SignedRequest } from '../src/testing/signed-requests.js';
import { startApiProcess, TEST_SERVICE_TOKEN } from '../test/support/api-process.js';
import buildApi from '../test/support/build-api.js';
import { linkChatUsers } from '../test/support/link-chat-users.js';
import { benchDataDir } from './bench-data.js';

/**
 * `pnpm bench` for the bot: end-to-end latency from a signed webhook in to the reply out (verification,
 * de-duplication in the API's database, the conversation's GraphQL calls, rendering), one request at a time,
 * against the built API on PGlite with BENCH_PROJECTS (100,000) synthetic projects. Target: p95 ≤ 150 ms.
 */
const PROJECTS = Number(process.env['BENCH_PROJECTS'] ?? 100_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 200);
const WARMUP = 20;
const TARGET_P95_MS = 150;

const SECRET = 'bench-dingtalk-secret';
const FEISHU = { encryptKey: 'bench-key', verificationToken: 'bench-token', botOpenId: 'ou_bot', appId: 'cli_bench', appSecret: 's' };
const WECOM = { token: 'QDG6eK', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', receiveId: 'wx5823bf96d3bd56c7', agentId: '1', corpSecret: 's' };
const ADAPTERS: AdapterConfig = { dingtalk: { appSecret: SECRET, windowMs: 5 * 60 * 1000 }, feishu: FEISHU, wecom: WECOM };
/** What staff ask most: one project's figure, its score, its spending (each resolved by name, then read fresh). */
const QUESTIONS = ['综治工作经费执行率多少', 'zzgzjf 得分', '综治经费花了多少'];

buildApi();
const dataDir = benchDataDir(PROJECTS);
const api = await startApiProcess({ dataDir, env: { DEMO_DATA: 'off', NODE_ENV: 'production' } });
const client = new JixiaoApi({ url: api.url, serviceToken: TEST_SERVICE_TOKEN });
const sender = new CapturingReplySender();
const bot = createBotServer({
  adapters: ADAPTERS,
  dedupe: new GraphqlDedupeStore(client),
  conversation: { data: new GraphqlDataPort(client, { dashboardUrl: 'https://jixiao.example.gov.cn' }), state: new InMemoryChatStateStore(), today: () => new Date() },
  sender,
  logError: (context, error) => console.error(context, error),
});
try {
  await linkChatUsers(api.url, { 'dingtalk:bench-zfw': 'zfw-staff', 'feishu:ou_bench': 'zfw-staff', 'wecom:bench': 'zfw-staff' });
  const url = await bot.listen(0, '127.0.0.1');
  const run = `${process.pid}-${Date.now()}`;
  const request = (i: number): SignedRequest => {
    const text = QUESTIONS[i % QUESTIONS.length] ?? '帮助';
    const id = `bench-${run}-${i}`;
    const nowMs = Date.now();
    switch (i % 3) {
      case 0:
        return dingtalkRequest({ appSecret: SECRET, staffId: 'bench-zfw', text, msgId: id, nowMs });
      case 1:
        return feishuRequest({ ...FEISHU, openId: 'ou_bench', text, eventId: id, nowMs });
      default:
        return wecomRequest({ config: WECOM, fromUser: 'bench', text, msgId: id, nowMs });
    }
  };
  const once = async (i: number): Promise<number> => {
    const signed = request(i);
    const replied = sender.next();
    const started = performance.now();
    const { status } = await post(url, signed);
    if (status !== 200) throw new Error(`request ${i} answered HTTP ${status}`);
    const reply = await replied;
    const elapsed = performance.now() - started;
    if (!/91\.02|98\.30/.test(replyText(reply))) throw new Error(`unexpected reply to request ${i}: ${replyText(reply)}`);
    return elapsed;
  };

  // Warm-up: JIT, connections, and each user's project names (kept a minute for name resolution).
  const coldStart = await once(0);
  for (let i = 1; i < WARMUP; i += 1) await once(i);
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) latencies.push(await once(WARMUP + i));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const p95 = at(0.95);
  console.log(`\nbot bench: ${PROJECTS} synthetic projects (+ the sample) in PGlite; ${REQUESTS} signed webhooks (DingTalk, Feishu, WeCom in turn), one at a time`);
  console.log(`first request (loads the asker's project names): ${coldStart.toFixed(1)} ms; ${WARMUP} warm-up requests not counted`);
  console.table([{ 'p50 ms': at(0.5).toFixed(1), 'p95 ms': p95.toFixed(1), 'max ms': (latencies.at(-1) ?? Number.NaN).toFixed(1), requests: latencies.length }]);
  console.log(`webhook in → reply out p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms): ${p95 <= TARGET_P95_MS ? 'PASS' : 'FAIL'}`);
} finally {
  await bot.close();
  client.stop();
  await api.stop();
}
