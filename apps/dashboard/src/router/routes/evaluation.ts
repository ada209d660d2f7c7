import type { RouteRecordRaw } from 'vue-router';

export const evaluationRoutes: RouteRecordRaw[] = [
  {
    path: '/evaluation/:id?',
    name: 'evaluation',
    component: () => import('../../views/evaluation/editor/index.vue'),
    props: true,
    meta: { titleKey: 'menu.evaluation', menu: true, permission: 'evaluate' },
  },
];
