import { FiscalYearsDocument } from '@jixiao/contract';
import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { useScopeStore } from '../stores/scope-store';

/** The fiscal years that hold data the user may read, newest first; the newest is the default. */
export function useFiscalYears() {
  const scope = useScopeStore();
  const { result, loading } = useQuery(FiscalYearsDocument, {}, { fetchPolicy: 'cache-first' });
  const years = computed(() => result.value?.fiscalYears ?? []);
  watch(years, (list) => scope.setDefaultYear(list[0]), { immediate: true });
  return { years, loading };
}
