import { ApolloError } from '@apollo/client/core';
import { MonthlyExecutionDocument, type MonthlyExecutionQuery } from '@jixiao/contract';
import { useApolloClient } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import { monthlyExecution, type MonthlyRate, type ProjectMonths } from '../utils/monthly-curve';

const PAGE = 100;
/**
 * Past this many projects a year, summing in the browser costs the API one full project load per
 * project: the curve is not drawn and the view says why (the overview query should answer it).
 */
export const MAX_SUMMED_PROJECTS = 2_000;

export class TooManyProjects extends Error {
  constructor(readonly count: number) {
    super(`${count} projects`);
  }
}

export interface YearCurve {
  readonly fiscalYear: number;
  readonly points: MonthlyRate[];
}

/**
 * The monthly execution curve of a fiscal year over every project the user may read, summed
 * exactly here from each project's series. The overview query does not answer it (yet), so it is
 * loaded after the overview's own charts and reports its progress.
 */
export function useMonthlyExecution(fiscalYear: Ref<number | null>, regionCode: Ref<string | null>) {
  const { resolveClient } = useApolloClient();
  const curves = ref<{ current: YearCurve; previous: YearCurve | null } | null>(null);
  const progress = ref({ done: 0, total: 0 });
  const loading = ref(false);
  const error = ref<ApolloError | null>(null);
  const tooMany = ref<number | null>(null);
  let generation = 0;

  async function yearCurve(year: number, region: string | null, run: number): Promise<YearCurve | null> {
    const projects: ProjectMonths[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data: MonthlyExecutionQuery } = await resolveClient().query({
        query: MonthlyExecutionDocument,
        variables: { filter: { fiscalYear: year, ...(region ? { regionCode: region } : {}) }, first: PAGE, ...(after ? { after } : {}) },
      });
      if (run !== generation) return null;
      if (data.projects.totalCount > MAX_SUMMED_PROJECTS) throw new TooManyProjects(data.projects.totalCount);
      if (after === null) progress.value = { ...progress.value, total: progress.value.total + data.projects.totalCount };
      for (const node of data.projects.nodes) {
        projects.push({
          receivedYuan: node.receivedAmount.yuan,
          months: node.executionSeries.map((p) => ({ month: p.month, cumulativeSpentYuan: p.cumulativeSpent.yuan })),
        });
      }
      progress.value = { ...progress.value, done: progress.value.done + data.projects.nodes.length };
      if (!data.projects.pageInfo.hasNextPage || !data.projects.pageInfo.endCursor) break;
      after = data.projects.pageInfo.endCursor;
    }
    return { fiscalYear: year, points: monthlyExecution(projects, year) };
  }

  async function load(year: number | null, region: string | null): Promise<void> {
    const run = ++generation;
    curves.value = null;
    error.value = null;
    tooMany.value = null;
    if (year === null) return;
    loading.value = true;
    progress.value = { done: 0, total: 0 };
    try {
      const [current, previous] = await Promise.all([yearCurve(year, region, run), yearCurve(year - 1, region, run)]);
      if (run !== generation || !current) return;
      curves.value = { current, previous: previous && previous.points.some((p) => p.executionPercent !== null) ? previous : null };
    } catch (failure) {
      if (run === generation && failure instanceof TooManyProjects) tooMany.value = failure.count;
      else if (run === generation) {
        error.value = failure instanceof ApolloError ? failure : new ApolloError({ networkError: failure instanceof Error ? failure : null });
      }
    } finally {
      if (run === generation) loading.value = false;
    }
  }

  watch([fiscalYear, regionCode], ([year, region]) => void load(year, region), { immediate: true });
  return { curves, progress, loading, error, tooMany, reload: () => load(fiscalYear.value, regionCode.value) };
}
