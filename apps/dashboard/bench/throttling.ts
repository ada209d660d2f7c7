import type { BrowserContext, Page } from 'playwright-core';

/**
 * Lighthouse's mobile "slow 4G" (its simulated throttling defaults): 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up, and a CPU four times slower than the machine's — here applied for real
 * through the DevTools protocol, so every request, parse and frame pays it.
 */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 } as const;

/** A phone-sized page (390 × 844, touch, device pixel ratio 3) on a slow 4G connection. */
export async function slowPhonePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latency,
    downloadThroughput: SLOW_4G.downloadThroughput,
    uploadThroughput: SLOW_4G.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
  return page;
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;
