import BasicLayout from '../layouts/basic-layout.vue';
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { evaluationRoutes } from './routes/evaluation';
import { importRoutes } from './routes/import';
import { monitoringRoutes } from './routes/monitoring';
import { overviewRoutes } from './routes/overview';
import { projectRoutes } from './routes/projects';
import { rankingRoutes } from './routes/rankings';
import { subscriptionRoutes } from './routes/subscriptions';

/** The pages inside the signed-in layout, in menu order. */
export const layoutRoutes: RouteRecordRaw[] = [...overviewRoutes, ...rankingRoutes, ...projectRoutes, ...evaluationRoutes, ...monitoringRoutes, ...importRoutes, ...adminRoutes, ...subscriptionRoutes];

export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  {
    path: '/',
    // Every signed-in page needs it: loaded with the entry rather than after it.
    component: BasicLayout,
    children: layoutRoutes,
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../views/not-found/index.vue'),
    meta: { titleKey: 'common.notFound', public: true },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  return createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });
}
