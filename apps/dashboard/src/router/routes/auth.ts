import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../../views/login/index.vue'),
    meta: { titleKey: 'menu.login', public: true },
  },
  {
    // DingTalk, Feishu and WeCom return here with a code (views/login/chat-state.ts).
    path: '/login/chat/:platform',
    name: 'login-chat',
    component: () => import('../../views/login/chat-callback.vue'),
    meta: { titleKey: 'menu.login', public: true },
  },
  {
    // Outside the layout: after a reset nothing else may be opened until the password is changed.
    path: '/change-password',
    name: 'change-password',
    component: () => import('../../views/login/change-password.vue'),
    meta: { titleKey: 'menu.changePassword' },
  },
];
