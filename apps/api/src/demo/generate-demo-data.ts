import type { PlainDate, ProjectFile } from '@jixiao/core';
import { DEMO_REGIONS, DEMO_UNITS, SAMPLE_UNIT_NAME, type DemoRegion, type DemoUnit } from './changji-prefecture.js';
import { demoYears, type DemoYear } from './demo-years.js';
import { Prng } from './prng.js';
import { PROJECT_THEMES, type ProjectTheme } from './project-themes.js';

/**
 * The synthetic demonstration set (合成演示数据): one prefecture's units with projects over the
 * three fiscal years around `today` (demo-years.ts), monthly payments and self-evaluation
 * indicators with targets and actuals. Every project is marked `synthetic` when stored. Pure and
 * deterministic — the same options, the same date included, give the same data — so the API's
 * first start, `pnpm jixiao demo-data --projects N` and the benchmarks share it.
 */
export interface DemoDataOptions {
  readonly projects: number;
  /** The date the set is generated on (the API's clock): its years and 截至 date follow it. */
  readonly today: PlainDate;
  readonly seed?: number;
  /** Called every {@link PROGRESS_STEP} projects and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DemoProject {
  readonly unitName: string;
  readonly file: ProjectFile;
}

export interface DemoData {
  readonly regions: readonly DemoRegion[];
  readonly units: readonly DemoUnit[];
  readonly projects: readonly DemoProject[];
}

export const DEFAULT_DEMO_SEED = 20_221_231;
const PROGRESS_STEP = 500;
/** Indexes into demoYears' [before last, closed, in progress]. */
const YEAR_ROTATION = [1, 2, 0] as const;

export function generateDemoData(options: DemoDataOptions): DemoData {
  return { regions: DEMO_REGIONS, units: DEMO_UNITS, projects: [...demoProjects(options)] };
}

/**
 * The synthetic projects one at a time, for sets too large to hold at once (100,000 projects for
 * the benchmarks); {@link generateDemoData} collects the same sequence.
 */
export function* demoProjects(options: DemoDataOptions): Generator<DemoProject> {
  const total = options.projects;
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`projects must be a non-negative integer, got ${total}`);
  const rng = new Prng(options.seed ?? DEFAULT_DEMO_SEED);
  const years = demoYears(options.today);
  const usedNames = new Map<string, number>();
  for (let i = 0; i < total; i += 1) {
    // Round robin over 25 units and three years (coprime, so each unit gets every year). The order
    // closed, in progress, before last gives a small set (the tests' 40) every unit's closed year and
    // the first units' year in progress, as the two-year set did.
    const unit = DEMO_UNITS[i % DEMO_UNITS.length] as DemoUnit;
    const year = years[YEAR_ROTATION[i % YEAR_ROTATION.length] as number] as DemoYear;
    const theme = PROJECT_THEMES[rng.pick(unit.themes)] as ProjectTheme;
    const baseName = rng.pick(theme.projects);
    const nameKey = `${unit.name}/${year.fiscalYear}/${baseName}`;
    const batch = (usedNames.get(nameKey) ?? 0) + 1;
    usedNames.set(nameKey, batch);
    const name = batch === 1 ? baseName : `${baseName}（${batchLabel(batch)}）`;
    yield { unitName: unit.name, file: projectFile(rng, i, unit, year, theme, name) };
    if ((i + 1) % PROGRESS_STEP === 0 || i + 1 === total) options.onProgress?.(i + 1, total);
  }
  if (total === 0) options.onProgress?.(0, 0);
}

function batchLabel(batch: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return batch < 10 ? `${digits[batch]}期` : `${batch}期`;
}

function projectFile(
  rng: Prng,
  index: number,
  unit: DemoUnit,
  year: DemoYear,
  theme: ProjectTheme,
  name: string,
): ProjectFile {
  const region = DEMO_REGIONS.find((r) => r.code === unit.regionCode) as DemoRegion;
  // Amounts are whole hundreds of 元, so that 万元 figures have exactly two decimals.
  const budget = BigInt(rng.int(2_000, 200_000)) * 100n;
  const received = rng.chance(0.7) ? budget : (budget * BigInt(rng.int(85, 99))) / 100n / 100n * 100n;
  const drawn = rng.chance(0.15) ? rng.int(30, 59) : rng.chance(0.3) ? rng.int(60, 84) : rng.int(85, 100);
  // The sample unit's staff (zfw-staff) demonstrate alerts, digests and the bot's 红灯 answers: its
  // projects of the year in progress lag behind 序时进度 on purpose (the draw is kept, so the other
  // projects stay as they are).
  const executionShare = unit.name === SAMPLE_UNIT_NAME && year.phase === 'inProgress' ? Math.min(drawn, 55) : drawn;
  const spent = ((received * BigInt(executionShare) * BigInt(year.elapsed.days)) / BigInt(year.elapsed.ofDays) / 100n / 100n) * 100n;
  return {
    formatVersion: 1,
    project: {
      name,
      code: `CJ-${year.fiscalYear}-${String(index + 1).padStart(6, '0')}`,
      fiscalYear: year.fiscalYear,
      unit: { name: unit.name },
      region: { code: region.code, name: region.name },
      supervisingDepartment: unit.supervisingDepartment,
      fundingDocument: `昌州财预（${year.fiscalYear}）${rng.int(1, 120)}号`,
      goals: { overall: `【合成演示数据】${name}：按期完成年度任务，提升服务水平。`, phases: [] },
    },
    budget: {
      lines: [{ fundSource: 'fiscal', budgetAmount: budget.toString(), receivedAmount: received.toString() }],
      asOf: year.asOf,
      payments: monthlyPayments(rng, spent, year, theme),
    },
    evaluation: {
      kind: 'selfEvaluation',
      framework: 'self-evaluation-2020',
      indicators: indicators(rng, theme, budget, year),
    },
  };
}

function monthlyPayments(rng: Prng, spent: bigint, { fiscalYear, months, lastPaymentDay }: DemoYear, theme: ProjectTheme) {
  const weights = Array.from({ length: months }, () => BigInt(rng.int(30, 170)));
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  let paid = 0n;
  return weights.map((weight, i) => {
    const amount = i === months - 1 ? spent - paid : ((spent * weight) / weightSum / 100n) * 100n;
    paid += amount;
    const month = String(i + 1).padStart(2, '0');
    // The last month's payments stop at its last paid day (today, in the year in progress).
    const day = i === months - 1 ? rng.int(Math.min(5, lastPaymentDay), Math.min(28, lastPaymentDay)) : rng.int(5, 28);
    return {
      date: `${fiscalYear}-${month}-${String(day).padStart(2, '0')}`,
      amount: amount.toString(),
      category: rng.pick(theme.categories),
      voucher: `记-${month}-${String(rng.int(1, 300)).padStart(3, '0')}`,
    };
  });
}

type IndicatorFile = NonNullable<ProjectFile['evaluation']>['indicators'][number];

/**
 * A closed year's indicators are its self-evaluation: year-end actuals, some claimed scores. The
 * year in progress has its 完成值 to date (the share of the year elapsed × 60–130% of the target)
 * and no claims yet, since the unit has not evaluated it.
 */
function indicators(rng: Prng, theme: ProjectTheme, budget: bigint, year: DemoYear): IndicatorFile[] {
  const { quantity } = theme;
  const target = rng.int(quantity.min, quantity.max);
  const achieved = Math.round((target * rng.int(60, 130) * year.elapsed.days) / year.elapsed.ofDays / 100);
  const expectedToDate = (target * year.elapsed.days) / year.elapsed.ofDays;
  // The cost cap is 30–60% of the budget; the actual cost 70–115% of the cap.
  const cap = (budget * BigInt(rng.int(30, 60))) / 100n / 100n * 100n;
  const cost = (cap * BigInt(rng.int(70, 115))) / 100n / 100n * 100n;
  const claimFull = (weight: string) => (rng.chance(0.3) && year.phase === 'closed' ? { claimed: { score: weight } } : {});
  const belowTarget = achieved < expectedToDate;
  return [
    { level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: '10', formula: 'executionRate' },
    {
      level1: 'output',
      level2: 'quantity',
      name: quantity.name,
      weight: '20',
      target: `≥${target}${quantity.unit}`,
      actual: `${achieved}${quantity.unit}`,
      ...(belowTarget && rng.chance(0.6) ? { deviationReason: '受施工周期和季节影响，部分任务顺延至下一年度完成。' } : {}),
      ...claimFull('20'),
    },
    { level1: 'output', level2: 'quality', name: theme.quality, weight: '10', target: '≥95%', actual: `${rng.int(86, 100)}%` },
    { level1: 'output', level2: 'timeliness', name: theme.timeliness, weight: '10', target: '≥90%', actual: `${rng.int(80, 100)}%` },
    { level1: 'output', level2: 'cost', name: theme.cost, weight: '10', target: `≤${wanYuan(cap)}万元`, actual: `${wanYuan(cost)}万元`, ...claimFull('10') },
    qualitative(rng, 'social', theme.social, '15'),
    qualitative(rng, 'sustainability', theme.sustainability, '15'),
    { level1: 'satisfaction', level2: 'satisfaction', name: theme.satisfaction, weight: '10', target: '≥90%', actual: `${rng.int(82, 99)}%` },
  ];
}

function qualitative(rng: Prng, level2: string, name: string, weight: string): IndicatorFile {
  const achieved = rng.chance(0.8);
  // A score inside the tier: 达成 [80%, 100%], 部分达成 [60%, 80%) of the weight.
  const percent = achieved ? rng.int(85, 100) : rng.int(62, 78);
  const score = (BigInt(weight) * BigInt(percent)).toString().padStart(3, '0');
  return {
    level1: 'benefit',
    level2,
    name,
    weight,
    target: '逐步提高',
    actual: achieved ? '逐步提高' : '有所提高',
    tier: achieved ? 'achieved' : 'partiallyAchieved',
    manualScore: `${score.slice(0, -2)}.${score.slice(-2)}`,
    justification: achieved ? '评价组实地调研，年度目标达成。' : '部分目标达成，效果有待提升。',
  };
}

/** Whole hundreds of 元 as 万元 with two decimals: 1234500 → "123.45". */
function wanYuan(yuan: bigint): string {
  const hundreds = (yuan / 100n).toString().padStart(3, '0');
  return `${hundreds.slice(0, -2)}.${hundreds.slice(-2)}`;
}
