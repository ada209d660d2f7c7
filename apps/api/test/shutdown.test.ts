import type { INestApplication } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitOnSignals } from '../src/bootstrap/shutdown.js';

describe('exit on SIGTERM / SIGINT', () => {
  let dispose: (() => void) | undefined;
  afterEach(() => {
    dispose?.();
    vi.restoreAllMocks();
  });

  const exits = () => vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  const fakeApp = (close: () => Promise<void>) => ({ close }) as unknown as INestApplication;

  it('closes the started app, then exits 0', async () => {
    const exit = exits();
    const close = vi.fn(() => Promise.resolve());
    dispose = exitOnSignals(() => fakeApp(close), 1_000);
    process.emit('SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(close).toHaveBeenCalledOnce();
  });

  it('exits 1 when closing hangs past the grace period', async () => {
    const exit = exits();
    dispose = exitOnSignals(() => fakeApp(() => new Promise<void>(() => undefined)), 50);
    process.emit('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1));
  });

  it('exits at once during start-up and on a second signal', async () => {
    const exit = exits();
    dispose = exitOnSignals(() => undefined, 10_000);
    process.emit('SIGTERM');
    expect(exit).toHaveBeenCalledWith(1);
    dispose();
    exit.mockClear();
    dispose = exitOnSignals(() => fakeApp(() => new Promise<void>(() => undefined)), 10_000);
    process.emit('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
  });
});
