import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, type Pinia } from 'pinia';
import type { Component } from 'vue';
import { createAppI18n } from '../locales';

/**
 * Mounts with what the app installs (zh-CN i18n, Pinia), vue-echarts stubbed (its registered name
 * is `echarts`: happy-dom has no canvas) and router links as plain anchors.
 */
export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const extra: unknown[] = options.global?.plugins ?? [];
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      // A test may bring its own Pinia (to sign in before mounting) and router.
      plugins: [createAppI18n(), ...(extra.some(isPinia) ? [] : [createPinia()]), ...extra],
      stubs: { echarts: true, RouterLink: { template: '<a><slot /></a>' }, ...options.global?.stubs },
    },
  } as ComponentMountingOptions<C>);
}

function isPinia(plugin: unknown): plugin is Pinia {
  return typeof plugin === 'object' && plugin !== null && '_s' in plugin && 'install' in plugin;
}
