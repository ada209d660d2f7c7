import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { useAuthStore } from '../stores/auth-store';

/**
 * Every page but the login needs a live session — continued through the refresh cookie on the first
 * navigation of a tab, so a reload or a link opened in a new tab does not ask for the password. A
 * reset password must be changed first. What a role may use is the layout's question
 * (route-access.ts): a page it cannot use shows 无权访问 at its own address.
 */
export function installAuthGuard(router: Router, pinia: Pinia): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore(pinia);
    await auth.restore();
    if (to.meta.public) return to.name === 'login' && auth.isSignedIn() ? { name: 'overview' } : true;
    if (!auth.isSignedIn() && !(await auth.refresh())) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (auth.user?.mustChangePassword && to.name !== 'change-password') {
      return { name: 'change-password', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    return true;
  });
}
