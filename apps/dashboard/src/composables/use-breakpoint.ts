import { computed, readonly, ref, type ComputedRef, type DeepReadonly, type Ref } from 'vue';

/**
 * The dashboard's widths (CSS pixels). Phones are narrower than `tablet`: work-chat links open
 * there, so the shell trades the side menu for a drawer. The same numbers appear in the CSS
 * media queries (styles/global.css says which); change both together.
 */
export const BREAKPOINTS = { tablet: 768, desktop: 1200 } as const;

export type Breakpoint = 'phone' | 'tablet' | 'desktop';

export interface BreakpointState {
  /** The current width class; follows the window as it is resized or rotated. */
  readonly breakpoint: DeepReadonly<Ref<Breakpoint>>;
  readonly isPhone: ComputedRef<boolean>;
  readonly isTablet: ComputedRef<boolean>;
  readonly isDesktop: ComputedRef<boolean>;
}

let shared: BreakpointState | undefined;

function current(tablet: MediaQueryList | undefined, desktop: MediaQueryList | undefined): Breakpoint {
  if (desktop?.matches) return 'desktop';
  if (tablet?.matches) return 'tablet';
  // Without matchMedia (some test environments) the full layout is the safe assumption.
  return tablet ? 'phone' : 'desktop';
}

/**
 * The width class of the window, shared by every caller: two media-query listeners for the whole
 * app (not a resize handler per component), reactive for templates and chart options.
 */
export function useBreakpoint(): BreakpointState {
  if (shared) return shared;
  const query = (min: number) => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(`(min-width: ${min}px)`) : undefined);
  const tablet = query(BREAKPOINTS.tablet);
  const desktop = query(BREAKPOINTS.desktop);
  const breakpoint = ref<Breakpoint>(current(tablet, desktop));
  const update = () => {
    breakpoint.value = current(tablet, desktop);
  };
  tablet?.addEventListener('change', update);
  desktop?.addEventListener('change', update);
  shared = {
    breakpoint: readonly(breakpoint),
    isPhone: computed(() => breakpoint.value === 'phone'),
    isTablet: computed(() => breakpoint.value === 'tablet'),
    isDesktop: computed(() => breakpoint.value === 'desktop'),
  };
  return shared;
}
