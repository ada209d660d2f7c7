import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import { createAppI18n } from '../locales';

/**
 * Mounts with what the app installs (zh-CN i18n, Pinia), vue-echarts stubbed (its registered name
 * is `echarts`: happy-dom has no canvas) and router links as plain anchors.
 */
export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  return mount(component, {
    ...options,
    global: {
      plugins: [createAppI18n(), createPinia()],
      stubs: { echarts: true, RouterLink: { template: '<a><slot /></a>' } },
      ...options.global,
    },
  } as ComponentMountingOptions<C>);
}
