import type { RouteRecordRaw } from 'vue-router';

export const importRoutes: RouteRecordRaw[] = [
  {
    path: '/import',
    name: 'import',
    component: () => import('../../views/import/index.vue'),
    meta: { titleKey: 'menu.import', menu: true, permission: 'import' },
  },
];
