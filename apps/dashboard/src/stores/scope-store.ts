import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The fiscal year and region a leader is looking at, shared by the overview, the project list and
 * monitoring so that switching views keeps the question the same.
 */
export const useScopeStore = defineStore('scope', () => {
  /** null until known: the user's choice, else the API's default (the latest year with data). */
  const fiscalYear = ref<number | null>(null);
  /**
   * Whether the user picked the year. Until then the overview asks without one and the API answers
   * its default year in the same round trip (no year lookup first).
   */
  const yearChosen = ref(false);
  /** null: everything the user may read. */
  const regionCode = ref<string | null>(null);
  /** The date execution is judged at (YYYY-MM-DD); null: the API's default (the latest date stated, else today). */
  const asOf = ref<string | null>(null);

  function chooseYear(year: number | null): void {
    fiscalYear.value = year;
    yearChosen.value = year !== null;
  }

  /** The API's default year (the newest with data), unless the user chose one. */
  function setDefaultYear(year: number | null | undefined): void {
    if (!yearChosen.value && year != null) fiscalYear.value = year;
  }

  return { fiscalYear, yearChosen, regionCode, asOf, chooseYear, setDefaultYear };
});
