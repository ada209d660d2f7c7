import { ProjectsDocument, type ProjectFilter, type ProjectsQuery, type ProjectRowFragment, type ProjectSort } from '@jixiao/contract';
import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';

/** The API's largest page. */
const EXPORT_PAGE = 100;

/**
 * Reads every project matching the filter, page by page, for a spreadsheet export. Done in the
 * browser from the same query as the list (no new dependency, no new endpoint); progress is
 * reported because ten thousand rows take a hundred requests.
 */
export function useProjectExport() {
  const { resolveClient } = useApolloClient();
  const progress = ref<{ done: number; total: number } | null>(null);

  async function fetchAll(filter: ProjectFilter, sort: ProjectSort | null): Promise<ProjectRowFragment[]> {
    const client = resolveClient();
    const rows: ProjectRowFragment[] = [];
    let after: string | null = null;
    progress.value = { done: 0, total: 0 };
    try {
      for (;;) {
        const { data }: { data: ProjectsQuery } = await client.query({
          query: ProjectsDocument,
          variables: { filter, ...(sort ? { sort } : {}), first: EXPORT_PAGE, ...(after ? { after } : {}) },
          fetchPolicy: 'network-only',
        });
        rows.push(...data.projects.nodes);
        progress.value = { done: rows.length, total: data.projects.totalCount };
        if (!data.projects.pageInfo.hasNextPage || !data.projects.pageInfo.endCursor) return rows;
        after = data.projects.pageInfo.endCursor;
      }
    } finally {
      progress.value = null;
    }
  }

  return { progress, fetchAll };
}
