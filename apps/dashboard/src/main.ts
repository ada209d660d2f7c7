import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './app.vue';
import { createApolloClient } from './graphql/apollo-client';
import { warmUp } from './graphql/warm-up';
import { createAppI18n } from './locales';
import { installAuthGuard } from './router/auth-guard';
import { createAppRouter } from './router';
import { syncScopeWithUrl } from './router/scope-in-url';
import { useAuthStore } from './stores/auth-store';
import { useScopeStore } from './stores/scope-store';
import './styles/global.css';

const pinia = createPinia();
const router = createAppRouter();
const i18n = createAppI18n();
const auth = useAuthStore(pinia);

const apollo = createApolloClient({
  token: () => auth.token,
  refresh: () => auth.refresh(),
  onUnauthenticated: () => {
    // The session ended (revoked, expired, signed out elsewhere): come back here after signing in.
    auth.forget();
    void apollo.clearStore();
    const { fullPath, name } = router.currentRoute.value;
    if (name !== 'login') void router.push({ name: 'login', query: { redirect: fullPath } });
  },
});

installAuthGuard(router, pinia);
syncScopeWithUrl(router, useScopeStore(pinia), window.location.pathname + window.location.search);
// As soon as the session is continued through the refresh cookie (shared with the guard's first
// navigation), in parallel with loading the page's code. A failed warm-up changes nothing: the views
// ask again and show their own error state.
void auth.restore().then(() => {
  if (auth.isSignedIn()) warmUp(apollo, router.resolve(window.location.pathname + window.location.search).name, useScopeStore(pinia));
});
router.afterEach((to) => {
  document.title = `${i18n.global.t(to.meta.titleKey)} · ${i18n.global.t('common.appName')}`;
});

createApp(App).use(pinia).use(router).use(i18n).provide(DefaultApolloClient, apollo).mount('#app');
