/**
 * `pnpm bench` — core scoring + audit throughput in indicators per second, against a bare-number
 * loop over the same data. Target (issue 2): ≥ 1,000,000 indicators scored per second on one core.
 *
 * Method
 * - Data: a deterministic synthetic set (bench/synthetic-projects.ts; seeded, no Math.random) of
 *   BENCH_PROJECTS (100,000) projects × 25 indicators, generated as project-file JSON and turned
 *   into `Project` objects by `loadProjectFile` — the real schema, parser and loader. Loading is
 *   NOT measured (it is timed and printed separately, for information).
 * - Memory: 100,000 loaded projects take ~2 GB, so the set is processed in chunks of BENCH_CHUNK
 *   (10,000) projects. Each chunk is generated and loaded once, then run through a warm-up pass and
 *   BENCH_PASSES (3) timed passes; pass i of the whole set is the sum of every chunk's pass i, and
 *   the median pass is reported. Every pass covers the whole set.
 * - Core: `auditProject` (recomputes every score with its derivation, then runs every audit check)
 *   and, for the split, `scoreProject` alone.
 * - Baseline: the same formulas (w × B ÷ A, the linear cap, deadlines, formula rates) on plain
 *   numbers pre-extracted into typed arrays, with Math.round to 2 decimals and per-project totals:
 *   the floor of what any implementation could do. It does no derivations and no audit.
 * - One core: Node runs JavaScript on a single thread; nothing here uses workers.
 * - The code measured is the built package (`@jixiao/core` resolves to dist/ at run time, as for
 *   the CLI and the API): transpiling the sources on the fly halves the throughput.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { auditProject, loadProjectFile, scoreProject, type Project } from '@jixiao/core';
import { generateChunk, Kind, type BareChunk } from './synthetic-projects.js';

const TARGET_PER_SECOND = 1_000_000;

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

const PROJECTS = envInt('BENCH_PROJECTS', 100_000);
const CHUNK = Math.min(envInt('BENCH_CHUNK', 10_000), PROJECTS);
const PASSES = Math.max(3, envInt('BENCH_PASSES', 3));
const SEED = envInt('BENCH_SEED', 20_220_101);

/** A sink the optimiser cannot see through, so that no loop is dead code. */
let sink = 0;

function now(): number {
  return performance.now();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The bare-number loop: the rules' arithmetic with nothing else. Returns the sum of totals in cents. */
function bareScores(bare: BareChunk): number {
  const { kind, w, a, b, perProject } = bare;
  let at = 0;
  let checksum = 0;
  for (let p = 0; p < perProject.length; p += 1) {
    const end = at + (perProject[p] ?? 0);
    let total = 0;
    for (; at < end; at += 1) {
      const wi = w[at] ?? 0;
      const ai = a[at] ?? 0;
      const bi = b[at] ?? 0;
      let score: number;
      switch (kind[at]) {
        case Kind.HigherIsBetter:
          score = bi >= ai ? wi : Math.round((wi * bi * 100) / ai) / 100;
          break;
        case Kind.LowerIsBetterLinear:
          score = bi <= ai ? wi : bi >= 2 * ai ? 0 : Math.round((wi * (2 * ai - bi) * 100) / ai) / 100;
          break;
        case Kind.Deadline:
          score = bi <= ai ? wi : 0;
          break;
        case Kind.Rate:
          score = ai === 0 ? 0 : bi >= ai ? wi : Math.round((wi * bi * 100) / ai) / 100;
          break;
        default:
          score = bi;
      }
      total += score;
    }
    checksum += Math.round(total * 100);
  }
  return checksum;
}

interface Timings {
  readonly audit: number[];
  readonly score: number[];
  readonly bare: number[];
  /** CPU time of the process during the audit passes: on a busy machine wall time also counts waiting. */
  readonly auditCpu: number[];
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function runChunk(projects: readonly Project[], bare: BareChunk, timings: Timings, totals: { cents: bigint; bareCents: number; findings: number; unscored: number }): void {
  // Warm-up over this chunk (JIT, inline caches) before any timed pass; also gathers the checks' totals.
  for (const project of projects) {
    const report = auditProject(project);
    if (!report) throw new Error('a synthetic project has no evaluation');
    totals.findings += report.findings.length;
    totals.unscored += report.card.unscored.length;
    const t = report.card.totalScore.round(2);
    totals.cents += t.units * 10n ** BigInt(2 - t.scale);
  }
  totals.bareCents += bareScores(bare);
  scoreProject(projects[0] as Project);

  for (let pass = 0; pass < PASSES; pass += 1) {
    const c0 = cpuMs();
    let t0 = now();
    for (const project of projects) sink += auditProject(project)?.findings.length ?? 0;
    timings.audit[pass] = (timings.audit[pass] ?? 0) + (now() - t0);
    timings.auditCpu[pass] = (timings.auditCpu[pass] ?? 0) + (cpuMs() - c0);

    t0 = now();
    for (const project of projects) sink += scoreProject(project)?.indicators.length ?? 0;
    timings.score[pass] = (timings.score[pass] ?? 0) + (now() - t0);

    t0 = now();
    sink += bareScores(bare);
    timings.bare[pass] = (timings.bare[pass] ?? 0) + (now() - t0);
  }
}

function main(): void {
  const timings: Timings = { audit: [], score: [], bare: [], auditCpu: [] };
  const totals = { cents: 0n, bareCents: 0, findings: 0, unscored: 0 };
  let indicators = 0;
  let generateMs = 0;
  let loadMs = 0;
  // Exposed here rather than with a node flag, so that `tsx bench/scoring.bench.ts` is the whole command.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;

  console.log(`Synthetic set: ${PROJECTS.toLocaleString('en')} projects, chunks of ${CHUNK.toLocaleString('en')}, seed ${SEED}, warm-up + ${PASSES} timed passes; node ${process.version}, single thread`);
  for (let first = 0; first < PROJECTS; first += CHUNK) {
    const count = Math.min(CHUNK, PROJECTS - first);
    let t0 = now();
    const chunk = generateChunk(SEED, first, count);
    generateMs += now() - t0;
    t0 = now();
    const projects = chunk.files.map((file, i) => {
      const loaded = loadProjectFile(file);
      if (!loaded.ok) throw new Error(`synthetic project ${first + i} does not load: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
      return loaded.project;
    });
    loadMs += now() - t0;
    indicators += chunk.indicatorCount;
    // Collect the generator's and loader's garbage now, not inside a timed pass (when exposed).
    gc();
    runChunk(projects, chunk.bare, timings, totals);
    if (process.stdout.isTTY) process.stdout.write(`  ${(first + count).toLocaleString('en')} / ${PROJECTS.toLocaleString('en')} projects\r`);
  }

  const perSecond = (ms: number) => indicators / (ms / 1000);
  const audit = perSecond(median(timings.audit));
  const score = perSecond(median(timings.score));
  const bare = perSecond(median(timings.bare));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const pass = audit >= TARGET_PER_SECOND;
  const scorePass = score >= TARGET_PER_SECOND;
  const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(14);
  const ratio = (n: number) => (n / bare).toFixed(4).padStart(9);

  console.log('');
  console.log(`Indicators: ${indicators.toLocaleString('en')} (${PROJECTS.toLocaleString('en')} projects); load (not timed below): ${(generateMs / 1000).toFixed(1)} s generate + ${(loadMs / 1000).toFixed(1)} s loadProjectFile`);
  console.log(`Audit findings: ${totals.findings.toLocaleString('en')} (${(totals.findings / PROJECTS).toFixed(2)} per project); unscored indicators: ${totals.unscored.toLocaleString('en')}`);
  console.log(`Σ recomputed totals: core ${(Number(totals.cents) / 100).toFixed(2)}, bare-number loop ${(totals.bareCents / 100).toFixed(2)}`);
  console.log('  (they differ only where w × B ÷ A is an exact .xx5 tie that binary floating point rounds down, e.g. 3 × 74.8 ÷ 80 = 2.805 → core 2.81, floats 2.80)');
  console.log('');
  console.log('| measure                         |   indicators/s | ratio to bare | median pass ms | passes (ms)');
  console.log('|---------------------------------|----------------|---------------|----------------|------------');
  const row = (name: string, rate: number, ms: number[]) => console.log(`| ${name.padEnd(31)} | ${fmt(rate)} | ${ratio(rate)}     | ${median(ms).toFixed(0).padStart(14)} | ${ms.map((m) => m.toFixed(0)).join(' / ')}`);
  row('core scoring + audit (target)', audit, timings.audit);
  row('core scoring only', score, timings.score);
  row('bare-number loop (floor)', bare, timings.bare);
  const auditCpu = perSecond(median(timings.auditCpu));
  console.log(`(core scoring + audit per CPU-second of the process: ${Math.round(auditCpu).toLocaleString('en')}/s — differs from wall time when the machine is busy)`);
  console.log('');
  console.log(`Target ≥ ${TARGET_PER_SECOND.toLocaleString('en')} indicators per second on one core (node, single thread):`);
  console.log(`  scored:             ${scorePass ? 'PASS' : 'FAIL'} (${fmt(score).trim()}/s)`);
  console.log(`  scored and audited: ${pass ? 'PASS' : 'FAIL'} (${fmt(audit).trim()}/s)`);
  console.log(`Peak RSS: ${peakRssMb.toFixed(0)} MB`);
  console.log('');
  // Stable, machine-readable lines: one measure per line, key=value, no thousands separators.
  console.log(`BENCH core.scoreAudit indicatorsPerSecond=${Math.round(audit)} ratioToBaseline=${(audit / bare).toFixed(6)} target=${TARGET_PER_SECOND} result=${pass ? 'PASS' : 'FAIL'}`);
  console.log(`BENCH core.scoreAudit.cpu indicatorsPerCpuSecond=${Math.round(auditCpu)}`);
  console.log(`BENCH core.score indicatorsPerSecond=${Math.round(score)} ratioToBaseline=${(score / bare).toFixed(6)} target=${TARGET_PER_SECOND} result=${scorePass ? 'PASS' : 'FAIL'}`);
  console.log(`BENCH baseline.bareNumbers indicatorsPerSecond=${Math.round(bare)}`);
  console.log(`BENCH run projects=${PROJECTS} indicators=${indicators} passes=${PASSES} peakRssMB=${Math.round(peakRssMb)} sink=${sink > 0 ? 1 : 0}`);
}

main();
