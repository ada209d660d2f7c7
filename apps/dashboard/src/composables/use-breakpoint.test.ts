import { afterEach, describe, expect, it, vi } from 'vitest';

type HappyWindow = Window & { happyDOM: { setViewport(viewport: { width: number; height: number }): void } };

/** A fresh module each time: the state is shared app-wide, created on first use. */
async function breakpointAt(width: number) {
  (window as HappyWindow).happyDOM.setViewport({ width, height: 800 });
  vi.resetModules();
  const { useBreakpoint } = await import('./use-breakpoint');
  return useBreakpoint();
}

describe('useBreakpoint', () => {
  afterEach(() => (window as HappyWindow).happyDOM.setViewport({ width: 1024, height: 768 }));

  it('names the width class of phones, tablets and desktops at the edges', async () => {
    expect((await breakpointAt(360)).breakpoint.value).toBe('phone');
    expect((await breakpointAt(767)).isPhone.value).toBe(true);
    expect((await breakpointAt(768)).isTablet.value).toBe(true);
    expect((await breakpointAt(1199)).breakpoint.value).toBe('tablet');
    expect((await breakpointAt(1200)).isDesktop.value).toBe(true);
  });

  it('follows the window when a phone is rotated or a window resized, for every caller', async () => {
    const state = await breakpointAt(390);
    const { useBreakpoint } = await import('./use-breakpoint');
    expect(useBreakpoint()).toBe(state);
    (window as HappyWindow).happyDOM.setViewport({ width: 1366, height: 768 });
    await vi.waitFor(() => expect(state.breakpoint.value).toBe('desktop'));
    expect(state.isPhone.value).toBe(false);
    (window as HappyWindow).happyDOM.setViewport({ width: 844, height: 390 });
    await vi.waitFor(() => expect(state.isTablet.value).toBe(true));
  });
});
