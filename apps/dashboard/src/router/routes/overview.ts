import type { RouteRecordRaw } from 'vue-router';

export const overviewRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'overview',
    component: () => import('../../views/overview/index.vue'),
    meta: { titleKey: 'menu.overview', menu: true },
  },
];
