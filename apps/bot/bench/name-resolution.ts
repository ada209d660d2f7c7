import { ProjectNameResolver, bestScore, MATCH_THRESHOLD } from '../src/intents/project-name-resolver.js';
import { hanAliases, pinyinAliases } from '../src/intents/aliases.js';
import { normalizeText } from '../src/intents/normalize.js';
import type { ProjectCandidate } from '../src/intents/project-candidate.js';
import { DEMO_PROJECTS } from '../src/testing/demo-projects.js';

/**
 * Name resolution at scale: one question against BENCH_PROJECTS (100,000) project names of one asker, through the
 * character index (what the bot does) and through a scan that scores every candidate (what it must not do).
 * Prints p95 per question and the ratio; the index is built once per candidate list, as the candidate cache keeps it.
 */
const PROJECTS = Number(process.env['BENCH_PROJECTS'] ?? 100_000);
const ROUNDS = 50;

const WORDS = ['农村', '城镇', '社区', '乡村', '基层', '公共', '医疗', '教育', '养老', '就业', '文化', '体育', '环境', '生态', '交通', '道路', '水利', '农田', '林业', '草原', '畜牧', '旅游', '科技', '信息', '安全', '应急', '消防', '司法', '民族', '宗教', '住房', '保障', '救助', '残疾', '妇女', '儿童', '青年', '老年', '卫生', '疾控'];
const TAILS = ['建设', '改造', '维修', '运维', '服务', '管理', '补助', '奖励', '培训', '宣传'];
const ENDS = ['经费', '资金', '专项经费', '补助资金', '工作经费'];

/** Deterministic names: real demo names among many generated ones, across 300 units and two years. */
function candidates(count: number): ProjectCandidate[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const demo = DEMO_PROJECTS[i % 50];
    const name = demo !== undefined ? demo.name : `${pick(WORDS)}${pick(WORDS)}${pick(TAILS)}${pick(ENDS)}`;
    return { id: `b${i}`, name, unitName: `单位${next(300)}`, fiscalYear: 2024 + (i % 2) };
  });
}

function scan(list: readonly ProjectCandidate[], mention: string): number {
  const text = normalizeText(mention).replace(/\s/g, '');
  const latin = /^[a-z]+$/.test(text);
  let matches = 0;
  for (const c of list) if (bestScore(text, latin ? hanAliases(c.name).flatMap(pinyinAliases) : hanAliases(c.name)) >= MATCH_THRESHOLD) matches += 1;
  return matches;
}

function p95(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(0.95 * times.length)] ?? Number.NaN;
}

const list = candidates(PROJECTS);
const built = performance.now();
const resolver = ProjectNameResolver.forCandidates(list);
const buildMs = performance.now() - built;
const rows = ['综治工作经费', '综治经费', '扫黑除恶', '农村公路建设经费', 'zzgzjf'].map((mention) => {
  resolver.resolve(mention); // the pinyin index is built on the first Latin question
  const indexed = p95(() => resolver.resolve(mention));
  const scanned = p95(() => scan(list, mention));
  return { mention, 'index p95 ms': indexed.toFixed(2), 'scan p95 ms': scanned.toFixed(2), 'scan ÷ index': (scanned / indexed).toFixed(1) };
});
console.log(`\nname resolution: ${PROJECTS} candidates of one asker; index built once in ${buildMs.toFixed(0)} ms (kept with the candidate list)`);
console.table(rows);
