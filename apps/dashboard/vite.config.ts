import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';
import { elementPlusStyles } from './build/element-plus-styles.ts';
import { precompress } from './build/precompress.ts';

/** The API the dev server forwards GraphQL to (`pnpm start` serves both from one port instead). */
const API_ORIGIN = process.env.JIXIAO_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [vue(), elementPlusStyles(), precompress()],
  // Workspace packages (@jixiao/contract, @jixiao/charts) resolve to their TypeScript sources.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      // The document routes are plain HTTP (docs/decisions/0002-document-upload.md); /projects/:id
      // itself is a dashboard page, so only the file downloads are forwarded.
      '/documents/': API_ORIGIN,
      '^/projects/[^/]+/(self-evaluation-sheet\\.xlsx|evaluation-report\\.docx)$': API_ORIGIN,
    },
  },
  build: {
    outDir: 'dist',
    // The bench reads the initial route's chunks from it.
    manifest: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts is most of the weight and changes least: its own long-cached chunk, loaded with
          // the first chart rather than blocking the login page.
          groups: [
            // Only ECharts itself: by default a group also swallows its dependencies (Vue, via
            // vue-echarts), which would make the entry wait for the chart chunk.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/, includeDependenciesRecursively: false },
            // tslib is shared by ECharts and Apollo Client; left to itself it lands in a lazy chunk
            // that ECharts imports back (a cycle that breaks class setup at load time).
            { name: 'tslib', test: /node_modules[\\/]tslib[\\/]/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
