import vue from '@vitejs/plugin-vue';
import { webPreset } from '@jixiao/vitest-config';
import { mergeConfig } from 'vitest/config';

export default mergeConfig(webPreset(), {
  plugins: [vue()],
  test: {
    // Element Plus' per-component style entries import .css, which Node cannot load: let Vite inline them.
    server: { deps: { inline: [/element-plus\/es\/components\/.*\/style\//] } },
  },
});
