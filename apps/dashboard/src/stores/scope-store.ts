import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The fiscal year and region a leader is looking at, shared by the overview, the project list and
 * monitoring so that switching views keeps the question the same.
 */
export const useScopeStore = defineStore('scope', () => {
  /** null until the views learn which years hold data (then the latest one). */
  const fiscalYear = ref<number | null>(null);
  /** null: everything the user may read. */
  const regionCode = ref<string | null>(null);

  function setDefaultYear(years: readonly number[]): void {
    if (fiscalYear.value === null && years.length > 0) fiscalYear.value = Math.max(...years);
  }

  return { fiscalYear, regionCode, setDefaultYear };
});
