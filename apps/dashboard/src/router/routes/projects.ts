import type { RouteRecordRaw } from 'vue-router';

export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/projects',
    name: 'projects',
    component: () => import('../../views/projects/list/index.vue'),
    meta: { titleKey: 'menu.projects', menu: true },
  },
  {
    path: '/projects/:id',
    name: 'project-detail',
    component: () => import('../../views/projects/detail/index.vue'),
    props: true,
    meta: { titleKey: 'menu.projectDetail', activeMenu: 'projects' },
  },
];
