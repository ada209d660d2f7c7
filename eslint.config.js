import { defineConfig } from '@jixiao/eslint-config';

export default defineConfig();
