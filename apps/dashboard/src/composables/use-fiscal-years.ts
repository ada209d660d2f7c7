import { FiscalYearRangeDocument } from '@jixiao/contract';
import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { useScopeStore } from '../stores/scope-store';

/** The fiscal years that hold data the user may read, newest first; picks the newest as the default. */
export function useFiscalYears() {
  const scope = useScopeStore();
  const { result, loading } = useQuery(FiscalYearRangeDocument, {}, { fetchPolicy: 'cache-first' });
  const years = computed(() => {
    const latest = result.value?.latest.nodes[0]?.fiscalYear;
    const earliest = result.value?.earliest.nodes[0]?.fiscalYear;
    if (latest === undefined || earliest === undefined) return [];
    return Array.from({ length: latest - earliest + 1 }, (_, i) => latest - i);
  });
  watch(years, (list) => scope.setDefaultYear(list), { immediate: true });
  return { years, loading };
}
