import autocannon, { type Options } from 'autocannon';

export interface CannonResult {
  readonly rps: number;
  /** Every response's latency in ms, sorted. */
  readonly latencies: readonly number[];
  /** Socket errors and timeouts, non-2xx answers, and 2xx answers carrying GraphQL `errors`. */
  readonly errors: number;
}

/** One autocannon run with every response's latency recorded (its histogram rounds the tail). */
export async function cannon(options: Options & { connections: number; duration: number }): Promise<CannonResult> {
  const latencies: number[] = [];
  const run = autocannon({ ...options, verifyBody: (body) => !body.includes('"errors":') });
  run.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const result = await run;
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.total / options.duration, latencies, errors: result.errors + result.non2xx + result.mismatches };
}

/** The latency below which a share `q` of the responses came back (nearest rank). */
export function percentile(latencies: readonly number[], q: number): number {
  return latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
}
