import type { RouteRecordRaw } from 'vue-router';

export const monitoringRoutes: RouteRecordRaw[] = [
  {
    path: '/monitoring',
    name: 'monitoring',
    component: () => import('../../views/monitoring/index.vue'),
    meta: { titleKey: 'menu.monitoring', menu: true },
  },
];
