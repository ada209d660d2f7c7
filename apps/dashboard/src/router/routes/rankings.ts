import type { RouteRecordRaw } from 'vue-router';

export const rankingRoutes: RouteRecordRaw[] = [
  {
    path: '/rankings',
    name: 'rankings',
    component: () => import('../../views/rankings/index.vue'),
    meta: { titleKey: 'menu.rankings', menu: true },
  },
];
