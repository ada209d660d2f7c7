import { ProjectsDocument, type ProjectFilter, type ProjectSort } from '@jixiao/contract';
import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch, type Ref } from 'vue';

/**
 * One server page of projects at a time (cursor pagination: the list stays fast at 100,000 rows).
 * Going back re-uses the cursors already seen; changing the filter or sort starts again at page 1.
 */
export function useProjectPage(filter: Ref<ProjectFilter>, sort: Ref<ProjectSort | null>, pageSize: Ref<number>) {
  /** cursors[i] is the `after` of page i + 1 (page 1 has none). */
  const cursors = ref<(string | null)[]>([null]);
  const page = ref(1);

  const variables = computed(() => ({
    filter: filter.value,
    ...(sort.value ? { sort: sort.value } : {}),
    first: pageSize.value,
    // The API reads an explicit `after: null` as a cursor (and refuses it): page 1 has none.
    ...(page.value > 1 && cursors.value[page.value - 1] ? { after: cursors.value[page.value - 1] } : {}),
  }));
  const { result, loading, error, refetch } = useQuery(ProjectsDocument, variables, { keepPreviousResult: true });

  watch([filter, sort, pageSize], () => {
    cursors.value = [null];
    page.value = 1;
  });

  const connection = computed(() => result.value?.projects);
  const rows = computed(() => connection.value?.nodes ?? []);
  const total = computed(() => connection.value?.totalCount ?? 0);
  const pages = computed(() => Math.max(1, Math.ceil(total.value / pageSize.value)));
  const hasNext = computed(() => connection.value?.pageInfo.hasNextPage ?? false);

  function next(): void {
    const end = connection.value?.pageInfo.endCursor;
    if (!hasNext.value || !end) return;
    cursors.value = [...cursors.value.slice(0, page.value), end];
    page.value += 1;
  }

  function previous(): void {
    if (page.value > 1) page.value -= 1;
  }

  return { rows, total, page, pages, hasNext, loading, error, refetch, next, previous };
}
