import { nodePreset } from '@jixiao/vitest-config';

export default nodePreset();
