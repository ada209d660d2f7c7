import type { RouteRecordRaw } from 'vue-router';
import OverviewView from '../../views/overview/index.vue';

export const overviewRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'overview',
    // The page a leader opens every morning: in the entry chunk, not one more round trip away.
    component: OverviewView,
    meta: { titleKey: 'menu.overview', menu: true },
  },
];
