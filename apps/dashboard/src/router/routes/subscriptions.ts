import type { RouteRecordRaw } from 'vue-router';

export const subscriptionRoutes: RouteRecordRaw[] = [
  {
    path: '/subscriptions',
    name: 'subscriptions',
    component: () => import('../../views/subscriptions/index.vue'),
    meta: { titleKey: 'menu.subscriptions', menu: true },
  },
];
