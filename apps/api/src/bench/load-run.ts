import { readFile } from 'node:fs/promises';
import type { Options } from 'autocannon';
import { cannon, percentile, type CannonResult } from './cannon.js';

/** A server under load: its process (for RSS) and the two requests it answers. */
export interface LoadTarget {
  readonly name: string;
  readonly pid: number;
  readonly detail: Options;
  readonly overview: Options;
}

export interface LoadRow {
  readonly server: string;
  readonly operation: 'project detail' | 'dashboard overview';
  readonly rps: number;
  /** Answers received within the run: none means the server did not keep up, not that it did well. */
  readonly answers: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

export interface LoadReport {
  readonly connections: number;
  readonly duration: number;
  readonly rows: readonly LoadRow[];
  /** MB, per server, before and after its run. */
  readonly rss: readonly { readonly server: string; readonly before: number; readonly after: number }[];
  /** API p99 ÷ floor p99, per operation. */
  readonly p99Ratios: Readonly<Record<LoadRow['operation'], number>>;
  readonly errors: number;
  /** 0 errors, and every operation answered on both servers. */
  readonly met: boolean;
}

/**
 * The load run of `pnpm bench` (issue 10): `connections` clients at once for `duration` seconds,
 * half asking for the project detail and half for the dashboard overview, against the API and then
 * against the floor. Every answer is checked (2xx, no GraphQL `errors`); the target is 0 errors.
 * p99 is reported beside the floor's, and each server's RSS before and after its run, so a leak or
 * an unbounded queue shows.
 */
export async function loadRun(api: LoadTarget, floor: LoadTarget, connections: number, duration: number): Promise<LoadReport> {
  const rows: LoadRow[] = [];
  const rss: LoadReport['rss'][number][] = [];
  for (const target of [api, floor]) {
    const before = await rssMb(target.pid);
    const detailClients = Math.ceil(connections / 2);
    const [detail, overview] = await Promise.all([
      cannon({ ...target.detail, connections: detailClients, duration }),
      cannon({ ...target.overview, connections: connections - detailClients, duration }),
    ]);
    rss.push({ server: target.name, before, after: await rssMb(target.pid) });
    rows.push(row(target.name, 'project detail', detail), row(target.name, 'dashboard overview', overview));
  }
  const p99 = (server: string, operation: LoadRow['operation']) => rows.find((r) => r.server === server && r.operation === operation)?.p99 ?? Number.NaN;
  const p99Ratios = {
    'project detail': p99(api.name, 'project detail') / p99(floor.name, 'project detail'),
    'dashboard overview': p99(api.name, 'dashboard overview') / p99(floor.name, 'dashboard overview'),
  };
  const errors = rows.reduce((sum, r) => sum + r.errors, 0);
  return { connections, duration, rows, rss, p99Ratios, errors, met: errors === 0 && rows.every((r) => r.answers > 0) };
}

export function printLoadReport(report: LoadReport): void {
  console.log(`\nload run: ${report.connections} concurrent clients (half detail, half overview), ${report.duration} s per server`);
  console.table(
    report.rows.map((r) => ({ server: r.server, operation: r.operation, 'req/s': r.rps.toFixed(0), answers: r.answers, 'p50 ms': r.p50.toFixed(1), 'p99 ms': r.p99.toFixed(1), errors: r.errors })),
  );
  for (const [operation, ratio] of Object.entries(report.p99Ratios)) console.log(`${operation}: p99 ${ratio.toFixed(2)}× the floor's under load`);
  for (const { server, before, after } of report.rss) console.log(`${server} RSS: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
  const unanswered = report.rows.filter((r) => r.answers === 0).map((r) => `${r.server} ${r.operation}`);
  const why = unanswered.length > 0 ? `; no answers at all for ${unanswered.join(', ')}` : '';
  console.log(`load run errors: ${report.errors} (target 0)${why} — ${report.met ? 'met' : 'NOT met'}`);
}

function row(server: string, operation: LoadRow['operation'], result: CannonResult): LoadRow {
  return { server, operation, rps: result.rps, answers: result.latencies.length, p50: percentile(result.latencies, 0.5), p99: percentile(result.latencies, 0.99), errors: result.errors };
}

/** Resident set of a process in MB, from Linux's /proc (the bench runs on Linux, as CI does). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kilobytes) / 1024;
}
