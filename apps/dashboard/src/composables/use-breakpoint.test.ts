import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewportWidth } from '../testing/viewport';

/** A fresh module each time: the state is shared app-wide, created on first use. */
async function breakpointAt(width: number) {
  setViewportWidth(width);
  vi.resetModules();
  const { useBreakpoint } = await import('./use-breakpoint');
  return useBreakpoint();
}

describe('useBreakpoint', () => {
  afterEach(() => setViewportWidth(1024));

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
    setViewportWidth(1366);
    await vi.waitFor(() => expect(state.breakpoint.value).toBe('desktop'));
    expect(state.isPhone.value).toBe(false);
    setViewportWidth(844, 390);
    await vi.waitFor(() => expect(state.isTablet.value).toBe(true));
  });
});
