import { describe, expect, it } from 'vitest';
import type { DigestApi } from '../digest-api.js';
import { DigestScheduler } from '../digest-scheduler.js';
import type { PushClient } from '../push-client.js';

const client: PushClient = { platform: 'feishu', maxMessageBytes: 1000, lineBreak: '\n', idempotent: () => true, send: () => Promise.resolve() };

describe('DigestScheduler.start / stop', () => {
  it('ticks repeatedly, one tick at a time, and not at all after stop', async () => {
    const calls: string[][] = [];
    let inFlight = 0;
    let overlapped = false;
    const api: DigestApi = {
      claim: async (_instance, platforms) => {
        inFlight += 1;
        overlapped ||= inFlight > 1;
        calls.push([...platforms]);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return [];
      },
      complete: () => Promise.resolve(),
    };
    const scheduler = new DigestScheduler({ api, clients: [client], instance: 'test', dashboardUrl: 'https://x.example', logError: () => undefined });
    scheduler.start(1);
    while (calls.length < 3) await new Promise((resolve) => setTimeout(resolve, 2));
    await scheduler.stop();
    const stoppedAt = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls.length).toBe(stoppedAt);
    expect(overlapped).toBe(false);
    expect(calls[0]).toEqual(['feishu']);
  });

  it('claims nothing without a configured platform', async () => {
    const api: DigestApi = { claim: () => Promise.reject(new Error('must not claim')), complete: () => Promise.resolve() };
    const scheduler = new DigestScheduler({ api, clients: [], instance: 'test', dashboardUrl: 'https://x.example', logError: () => undefined });
    expect(await scheduler.tick()).toBe(0);
  });
});
