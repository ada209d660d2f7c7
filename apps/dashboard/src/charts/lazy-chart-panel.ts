import { defineAsyncComponent } from 'vue';

/**
 * The chart panel, loaded on first use: ECharts is the largest chunk (≈ 225 KB gzip), so a view's
 * figures and tables render first and its charts follow as soon as the chunk arrives, instead of
 * the whole route waiting for it. Views import this, never ./chart-panel.vue directly.
 */
const load = () => import('./chart-panel.vue');

export const ChartPanel = defineAsyncComponent(load);

/** Starts fetching ECharts now (a view with charts calls it on setup, before its data arrives). */
export function preloadCharts(): void {
  void load();
}
