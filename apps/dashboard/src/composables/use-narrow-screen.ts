import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** Below this width the pages show cards and lists instead of tables (a phone held upright). */
export const NARROW_QUERY = '(max-width: 767px)';

/**
 * Whether the screen is phone-narrow, following rotation and resizing. A local stand-in until the
 * shell's breakpoint composable is merged; the pages only read the boolean, so swapping it is one
 * import.
 */
export function useNarrowScreen(): Readonly<Ref<boolean>> {
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
  const narrow = ref(media?.matches ?? false);
  if (media) {
    const onChange = (event: MediaQueryListEvent) => (narrow.value = event.matches);
    media.addEventListener('change', onChange);
    onScopeDispose(() => media.removeEventListener('change', onChange));
  }
  return readonly(narrow);
}
