/**
 * How to start a worker module that sits next to `moduleUrl`. Built (dist, node) it is the
 * compiled `.js`, started like the process itself. From sources (vitest) it is the `.ts`, loaded
 * through tsx's module hooks with the `source` export condition, the way the sources load the
 * workspace packages: without it tests would need a build and would run stale code.
 */
export function workerScript(moduleUrl: string, name: string): { readonly url: URL; readonly execArgv?: string[] } {
  if (!moduleUrl.endsWith('.ts')) return { url: new URL(`./${name}.js`, moduleUrl) };
  const script = new URL(`./${name}.ts`, moduleUrl).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(script)});`;
  return { url: new URL(`data:text/javascript,${encodeURIComponent(boot)}`), execArgv: ['--conditions=source'] };
}
