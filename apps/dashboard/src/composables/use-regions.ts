import { RegionsDocument, type RegionsQuery } from '@jixiao/contract';
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { useAuthStore } from '../stores/auth-store';

export type RegionOption = RegionsQuery['regions'][number];

/**
 * The regions the user can choose between: a leader's own region and those below it; everyone else
 * sees all regions (the API filters the data itself; this only keeps the choice meaningful).
 */
export function useRegions() {
  const auth = useAuthStore();
  const { result, loading } = useQuery(RegionsDocument, {}, { fetchPolicy: 'cache-first' });
  const regions = computed<RegionOption[]>(() => {
    const all = result.value?.regions ?? [];
    const root = auth.user?.regionCode;
    if (!root) return all;
    const below = new Set([root]);
    // Parents come before children in code order (GB/T 2260), so one pass reaches every level.
    for (const region of [...all].sort((a, b) => a.code.localeCompare(b.code))) {
      if (region.parentCode !== null && below.has(region.parentCode)) below.add(region.code);
    }
    return all.filter((region) => below.has(region.code));
  });
  return { regions, loading };
}
