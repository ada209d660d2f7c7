import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    name: 'users',
    component: () => import('../../views/admin/users/index.vue'),
    meta: { titleKey: 'menu.users', menu: true, permission: 'administer' },
  },
];
