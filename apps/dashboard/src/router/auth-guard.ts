import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { useAuthStore } from '../stores/auth-store';

/** Every page but the login needs a live session; the login page sends a signed-in user home. */
export function installAuthGuard(router: Router, pinia: Pinia): void {
  router.beforeEach((to) => {
    const auth = useAuthStore(pinia);
    if (to.meta.public) return to.name === 'login' && auth.isSignedIn() ? { name: 'overview' } : true;
    if (auth.isSignedIn()) return true;
    auth.signOut();
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  });
}
