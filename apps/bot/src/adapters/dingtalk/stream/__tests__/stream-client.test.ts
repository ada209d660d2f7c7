import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { InMemoryChatStateStore } from '../../../../conversation/in-memory-chat-state-store.js';
import { InMemoryDedupeStore } from '../../../../dedupe/in-memory-dedupe-store.js';
import { startDingtalkStream, type DingtalkStreamBot } from '../../../../server/dingtalk-stream.js';
import { CapturingReplySender, replyText } from '../../../../testing/capturing-reply-sender.js';
import { FakeDataPort } from '../../../../testing/fake-data-port.js';
import { DINGTALK_STREAM_ROBOT_TOPIC, parseStreamFrame } from '../frames.js';

/**
 * A local fake of DingTalk's Stream gateway: the open-connection request is answered by an injected fetch with
 * a ws:// endpoint on 127.0.0.1, and a `ws` WebSocketServer plays the server side. Nothing leaves the machine.
 */
const NOW = Date.parse('2022-11-15T10:00:00+08:00');
const SESSION_WEBHOOK = 'https://oapi.dingtalk.com/robot/sendBySession?session=abc';

interface FakeGateway {
  readonly server: WebSocketServer;
  readonly connections: WebSocket[];
  readonly openRequests: unknown[];
  readonly tickets: string[];
  fetch: typeof fetch;
  /** Next frame the server receives on connection `index`. */
  nextReceived(index: number): Promise<Record<string, unknown>>;
  connection(index: number): Promise<WebSocket>;
  close(): Promise<void>;
}

async function fakeGateway(): Promise<FakeGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const connections: WebSocket[] = [];
  const tickets: string[] = [];
  const openRequests: unknown[] = [];
  const inbox = new Map<WebSocket, Record<string, unknown>[]>();
  const inboxWaiters = new Map<WebSocket, ((frame: Record<string, unknown>) => void)[]>();
  const connectionWaiters: (() => void)[] = [];
  server.on('connection', (socket, request) => {
    tickets.push(new URL(request.url ?? '/', 'http://x').searchParams.get('ticket') ?? '');
    connections.push(socket);
    inbox.set(socket, []);
    inboxWaiters.set(socket, []);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Record<string, unknown>;
      const waiter = inboxWaiters.get(socket)?.shift();
      if (waiter) waiter(frame);
      else inbox.get(socket)?.push(frame);
    });
    for (const wake of connectionWaiters.splice(0)) wake();
  });
  let opened = 0;
  const fakeFetch: typeof fetch = (_input, init) => {
    openRequests.push(JSON.parse(String(init?.body)));
    opened += 1;
    return Promise.resolve(Response.json({ endpoint: `ws://127.0.0.1:${port}/connect`, ticket: `ticket-${opened}` }));
  };
  const connection = async (index: number): Promise<WebSocket> => {
    while (connections.length <= index) await new Promise<void>((resolve) => connectionWaiters.push(resolve));
    return connections[index] as WebSocket;
  };
  return {
    server,
    connections,
    openRequests,
    tickets,
    fetch: fakeFetch,
    connection,
    nextReceived: async (index) => {
      const socket = await connection(index);
      const queued = inbox.get(socket)?.shift();
      if (queued) return queued;
      return new Promise((resolve) => inboxWaiters.get(socket)?.push(resolve));
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of connections) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

function robotFrame(messageId: string, msgId: string, content = '综治工作经费执行率多少'): string {
  return JSON.stringify({
    specVersion: '1.0',
    type: 'CALLBACK',
    headers: { appId: 'app', connectionId: 'conn', contentType: 'application/json', messageId, time: String(NOW), topic: DINGTALK_STREAM_ROBOT_TOPIC },
    data: JSON.stringify({
      conversationId: 'cid-1',
      chatbotUserId: 'bot',
      msgId,
      senderStaffId: 'staff-001',
      senderId: 'u',
      conversationType: '1',
      isInAtList: false,
      sessionWebhook: SESSION_WEBHOOK,
      sessionWebhookExpiredTime: NOW + 60 * 60 * 1000,
      text: { content },
      msgtype: 'text',
    }),
  });
}

let gateway: FakeGateway | null = null;
let bot: DingtalkStreamBot | null = null;

afterEach(async () => {
  await bot?.stop();
  await gateway?.close();
  bot = null;
  gateway = null;
});

async function setup() {
  gateway = await fakeGateway();
  const sender = new CapturingReplySender();
  const logs: string[] = [];
  bot = startDingtalkStream({
    config: { clientId: 'ding-client', clientSecret: 'ding-secret' },
    dedupe: new InMemoryDedupeStore(() => NOW),
    conversation: { data: new FakeDataPort(), state: new InMemoryChatStateStore(() => NOW), today: () => new Date(NOW) },
    sender,
    log: (text) => logs.push(text),
    logError: (context, error) => logs.push(`${context}: ${String(error)}`),
    now: () => NOW,
    transport: { fetch: gateway.fetch, backoff: { initialMs: 5, maxMs: 20 } },
  });
  return { gateway, bot, sender, logs };
}

describe('DingTalk Stream mode', () => {
  it('opens the connection with the credentials and the robot topic, and answers a ping with the same data', async () => {
    const { gateway } = await setup();
    const server = await gateway.connection(0);
    expect(gateway.openRequests[0]).toMatchObject({
      clientId: 'ding-client',
      clientSecret: 'ding-secret',
      subscriptions: [{ type: 'CALLBACK', topic: DINGTALK_STREAM_ROBOT_TOPIC }],
    });
    expect(gateway.tickets[0]).toBe('ticket-1');
    server.send(JSON.stringify({ specVersion: '1.0', type: 'SYSTEM', headers: { messageId: 'p-1', topic: 'ping', contentType: 'application/json', time: '1' }, data: '{"opaque":"x"}' }));
    const pong = await gateway.nextReceived(0);
    expect(pong).toEqual({ code: 200, headers: { messageId: 'p-1', topic: 'ping', contentType: 'application/json', time: '1' }, message: 'OK', data: '{"opaque":"x"}' });
  });

  it('acknowledges a robot CALLBACK with its messageId, answers through the sessionWebhook, and drops a duplicate msgId', async () => {
    const { gateway, bot, sender, logs } = await setup();
    const server = await gateway.connection(0);
    const replied = sender.next();
    server.send(robotFrame('m-1', 'msg-1'));
    const ack = await gateway.nextReceived(0);
    expect(ack).toEqual({ code: 200, headers: { contentType: 'application/json', messageId: 'm-1' }, message: 'OK', data: JSON.stringify({ response: {} }) });
    const reply = await replied;
    expect(reply).toMatchObject({ platform: 'dingtalk', sessionWebhook: SESSION_WEBHOOK });
    expect(replyText(reply)).toContain('预算执行率 91.02%');

    // DingTalk redelivers with a new frame id but the same msgId: acknowledged again, answered once.
    server.send(robotFrame('m-2', 'msg-1'));
    expect(await gateway.nextReceived(0)).toMatchObject({ headers: { messageId: 'm-2' } });
    await bot.idle();
    expect(sender.sent).toHaveLength(1);
    expect(logs.some((line) => line.includes('duplicate msgId msg-1'))).toBe(true);
  });

  it('ignores garbage frames without crashing and keeps serving', async () => {
    const { gateway, sender, logs } = await setup();
    const server = await gateway.connection(0);
    for (const garbage of ['not json', '[]', 'null', '{"type":"CALLBACK","headers":{"topic":"/v1.0/im/bot/messages/get"}}', '{"type":"NOPE","headers":{}}', '{"type":"CALLBACK","headers":{"messageId":"x","topic":"t"},"data":5}']) {
      server.send(garbage);
    }
    server.send(Buffer.from([0, 1, 2]), { binary: true });
    // A callback whose data is not a robot message is acknowledged and then ignored.
    server.send(JSON.stringify({ type: 'CALLBACK', headers: { messageId: 'bad-data', topic: DINGTALK_STREAM_ROBOT_TOPIC }, data: '{oops' }));
    expect(await gateway.nextReceived(0)).toMatchObject({ headers: { messageId: 'bad-data' } });
    const replied = sender.next();
    server.send(robotFrame('m-3', 'msg-3'));
    expect(await gateway.nextReceived(0)).toMatchObject({ headers: { messageId: 'm-3' } });
    await replied;
    expect(logs.filter((line) => line.includes('ignored an unreadable frame'))).toHaveLength(6);
    expect(logs.some((line) => line.includes('ignored a binary frame'))).toBe(true);
    expect(logs.some((line) => line.includes('ignored callback bad-data'))).toBe(true);
    expect(gateway.connections).toHaveLength(1);
  });

  it('reconnects after a SYSTEM disconnect and after the server drops the connection, then stops cleanly', async () => {
    const { gateway, bot } = await setup();
    const first = await gateway.connection(0);
    first.send(JSON.stringify({ specVersion: '1.0', type: 'SYSTEM', headers: { messageId: 'd-1', topic: 'disconnect' }, data: '{"reason":"persistent connection is timeout"}' }));
    const second = await gateway.connection(1);
    expect(gateway.tickets[1]).toBe('ticket-2');
    second.terminate();
    const third = await gateway.connection(2);
    third.send(robotFrame('m-9', 'msg-9'));
    expect(await gateway.nextReceived(2)).toMatchObject({ headers: { messageId: 'm-9' } });

    await bot.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gateway.connections).toHaveLength(3);
    expect(gateway.connections.every((socket) => socket.readyState !== socket.OPEN)).toBe(true);
  });
});

describe('parseStreamFrame', () => {
  it('keeps string and numeric headers and rejects frames without what is needed', () => {
    expect(parseStreamFrame('{"type":"SYSTEM","headers":{"topic":"CONNECTED","time":1}}')).toEqual({
      type: 'SYSTEM',
      headers: { topic: 'CONNECTED', time: '1' },
      topic: 'CONNECTED',
      messageId: '',
      data: '',
    });
    expect(parseStreamFrame('{"type":"EVENT","headers":{"topic":"x"},"data":"{}"}')).toBeNull();
    expect(parseStreamFrame('{"type":"SYSTEM","headers":[]}')).toBeNull();
  });
});
