/**
 * A deterministic synthetic project set for the scoring benchmark: project files (the documented
 * JSON format) with 25 indicators each under the department 20/20/30/30 framework, and, for the
 * bare-number baseline, the same indicators pre-extracted as plain numbers.
 *
 * Same seed → same projects, byte for byte (mulberry32; no Math.random). Values are drawn the way
 * real sheets look: counts around their target, percentages near 90, 万元 costs with 2 decimals
 * near their cap, deadlines in the second half of the year, qualitative tiers with a score inside
 * the tier, the two budget formulas; a few claims are off so that the audit has work to do.
 */

/** mulberry32: small, fast, and good enough to spread benchmark data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the baseline loop computes with, per indicator. */
export const enum Kind {
  /** ≥: b ≥ a → w, else w × b ÷ a */
  HigherIsBetter = 0,
  /** ≤ linear: b ≤ a → w; b ≥ 2a → 0; else w × (2a − b) ÷ a */
  LowerIsBetterLinear = 1,
  /** date: b ≤ a (day numbers) → w, else 0 */
  Deadline = 2,
  /** qualitative: the score inside the tier, taken as is */
  Given = 3,
  /** formula: w × min(b ÷ a, 1) */
  Rate = 4,
}

/** The baseline's view of a chunk: parallel arrays, one entry per indicator, projects back to back. */
export interface BareChunk {
  readonly kind: Uint8Array;
  readonly w: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  /** Indicators per project, in order. */
  readonly perProject: Uint16Array;
}

export interface SyntheticChunk {
  /** Project files as parsed JSON values, ready for loadProjectFile. */
  readonly files: readonly unknown[];
  readonly bare: BareChunk;
  readonly indicatorCount: number;
}

export const INDICATORS_PER_PROJECT = 25;
const FISCAL_YEAR = 2022;

interface Row {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly weight: string;
  readonly target?: string;
  readonly actual?: string;
  readonly formula?: 'fundingRate' | 'executionRate';
  readonly tier?: 'achieved' | 'partiallyAchieved' | 'notAchieved';
  readonly evidence?: string[];
  readonly deviationReason?: string;
  readonly claimed: { score: string; statement?: string };
}

/** Fixed-point text with `digits` decimals from an integer count of 10^-digits. */
function fixed(units: number, digits: number): string {
  if (digits === 0) return String(units);
  const text = String(units).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Half-up to 2 decimals on plain numbers, as the baseline does (exact for the generator's own inputs). */
function round2(x: number): number {
  return Math.round(x * 100 + 1e-9) / 100;
}

function dayNumber(month: number, day: number): number {
  return Date.UTC(FISCAL_YEAR, month - 1, day) / 86_400_000;
}

const DEPARTMENT_LAYOUT: readonly { level1: string; level2: string; kind: 'tier' | 'improve' | 'count' | 'percent' | 'date' | 'cost' | 'fundingRate' | 'executionRate'; weight: number; name: string }[] = [
  { level1: 'decision', level2: 'projectApproval', kind: 'tier', weight: 3, name: '立项依据充分性' },
  { level1: 'decision', level2: 'projectApproval', kind: 'tier', weight: 2, name: '立项程序规范性' },
  { level1: 'decision', level2: 'performanceGoal', kind: 'tier', weight: 3, name: '绩效目标合理性' },
  { level1: 'decision', level2: 'performanceGoal', kind: 'tier', weight: 2, name: '绩效指标明确性' },
  { level1: 'decision', level2: 'fundInput', kind: 'tier', weight: 5, name: '预算编制科学性' },
  { level1: 'decision', level2: 'fundInput', kind: 'tier', weight: 5, name: '资金分配合理性' },
  { level1: 'process', level2: 'fundManagement', kind: 'fundingRate', weight: 5, name: '资金到位率' },
  { level1: 'process', level2: 'fundManagement', kind: 'executionRate', weight: 5, name: '预算执行率' },
  { level1: 'process', level2: 'fundManagement', kind: 'tier', weight: 4, name: '资金使用合规性' },
  { level1: 'process', level2: 'implementation', kind: 'tier', weight: 3, name: '管理制度健全性' },
  { level1: 'process', level2: 'implementation', kind: 'tier', weight: 3, name: '制度执行有效性' },
  { level1: 'output', level2: 'quantity', kind: 'count', weight: 4, name: '宣传活动次数' },
  { level1: 'output', level2: 'quantity', kind: 'count', weight: 4, name: '培训人次' },
  { level1: 'output', level2: 'quantity', kind: 'count', weight: 3, name: '督导检查次数' },
  { level1: 'output', level2: 'quality', kind: 'percent', weight: 4, name: '验收合格率' },
  { level1: 'output', level2: 'quality', kind: 'percent', weight: 3, name: '问题整改率' },
  { level1: 'output', level2: 'timeliness', kind: 'date', weight: 2, name: '创建任务完成时间' },
  { level1: 'output', level2: 'timeliness', kind: 'date', weight: 2, name: '资金拨付及时性' },
  { level1: 'output', level2: 'cost', kind: 'cost', weight: 4, name: '宣传费' },
  { level1: 'output', level2: 'cost', kind: 'cost', weight: 4, name: '调研督导差旅费' },
  { level1: 'benefit', level2: 'social', kind: 'improve', weight: 7, name: '群众安全感' },
  { level1: 'benefit', level2: 'social', kind: 'percent', weight: 6, name: '矛盾纠纷化解率' },
  { level1: 'benefit', level2: 'sustainability', kind: 'improve', weight: 6, name: '长效机制建设' },
  { level1: 'benefit', level2: 'satisfaction', kind: 'percent', weight: 7, name: '群众满意度' },
  { level1: 'benefit', level2: 'economic', kind: 'tier', weight: 4, name: '经济效益' },
];

const GRADES: readonly (readonly [number, string])[] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [0, '差'],
];

/**
 * Projects `first … first + count − 1` of the set. Each project draws from its own seeded stream,
 * so a chunk is the same whichever chunk size generated it.
 */
export function generateChunk(seed: number, first: number, count: number): SyntheticChunk {
  const n = count * INDICATORS_PER_PROJECT;
  const bare: BareChunk = { kind: new Uint8Array(n), w: new Float64Array(n), a: new Float64Array(n), b: new Float64Array(n), perProject: new Uint16Array(count) };
  const files: unknown[] = [];
  let at = 0;
  for (let p = 0; p < count; p += 1) {
    const random = prng((seed ^ Math.imul(first + p + 1, 0x9e3779b1)) >>> 0);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const chance = (share: number) => random() < share;

    // Budget in 元: whole 百元 so that every figure stays exact in both worlds.
    const budgetYuan = int(200, 20_000) * 100;
    const receivedYuan = chance(0.8) ? budgetYuan : Math.round((budgetYuan * int(70, 100)) / 10_000) * 100;
    const rows: Row[] = [];
    const costs: { name: string; yuan: number }[] = [];
    let costYuan = 0;

    for (const slot of DEPARTMENT_LAYOUT) {
      const w = slot.weight;
      let score: number;
      let row: Omit<Row, 'claimed'>;
      switch (slot.kind) {
        case 'tier': {
          const tier = chance(0.7) ? 'achieved' : chance(0.7) ? 'partiallyAchieved' : 'notAchieved';
          const [lo, hi] = tier === 'achieved' ? [0.8, 1] : tier === 'partiallyAchieved' ? [0.6, 0.79] : [0, 0.59];
          score = round2(w * (lo + (hi - lo) * random()));
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), tier, ...(chance(0.8) ? { evidence: ['会议纪要', '批复文件'] } : {}), ...(score < w ? { deviationReason: '部分资料不完整' } : {}) };
          bare.kind[at] = Kind.Given;
          bare.a[at] = 0;
          bare.b[at] = score;
          break;
        }
        case 'improve': {
          const same = chance(0.85);
          score = same ? round2(w * (0.8 + 0.2 * random())) : round2(w * 0.7);
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), target: '逐步提高', actual: same ? '逐步提高' : '有所下降', ...(same ? {} : { tier: 'partiallyAchieved' as const }), evidence: ['问卷调查'], ...(score < w ? { deviationReason: '部分指标提升不明显' } : {}) };
          bare.kind[at] = Kind.Given;
          bare.a[at] = 0;
          bare.b[at] = score;
          break;
        }
        case 'count': {
          const a = int(2, 60);
          const b = chance(0.75) ? int(a, Math.ceil(a * 1.25)) : int(Math.floor(a / 2), a);
          score = b >= a ? w : round2((w * b) / a);
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), target: `≥${a}次`, actual: `${b}次`, ...(score < w ? { deviationReason: '受疫情影响部分活动延期' } : {}) };
          bare.kind[at] = Kind.HigherIsBetter;
          bare.a[at] = a;
          bare.b[at] = b;
          break;
        }
        case 'percent': {
          const a = [80, 85, 90, 95, 98][int(0, 4)] ?? 90;
          const tenths = chance(0.7) ? int(a * 10, 1000) : int(a * 10 - 150, a * 10);
          score = tenths >= a * 10 ? w : round2((w * tenths) / (a * 10));
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), target: `≥${a}%`, actual: `${fixed(tenths, 1)}%`, ...(score < w ? { deviationReason: '个别项目未达标' } : {}) };
          bare.kind[at] = Kind.HigherIsBetter;
          bare.a[at] = a;
          bare.b[at] = tenths / 10;
          break;
        }
        case 'date': {
          const dueDay = int(20, 30);
          const dueMonth = 12;
          const late = chance(0.1);
          // Now and then a December deadline “met” in January: the audit's implausibly-early case.
          const doneMonth = late ? 12 : chance(0.02) ? 1 : int(6, 12);
          const doneDay = late ? int(dueDay + 1, 31) : int(1, doneMonth === 12 ? dueDay : 28);
          const due = dayNumber(dueMonth, dueDay);
          const done = dayNumber(doneMonth, doneDay);
          score = done <= due ? w : 0;
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), target: `${FISCAL_YEAR}年12月${dueDay}日`, actual: `${FISCAL_YEAR}年${doneMonth}月${doneDay}日`, ...(score < w ? { deviationReason: '审批流程延误' } : {}) };
          bare.kind[at] = Kind.Deadline;
          bare.a[at] = due;
          bare.b[at] = done;
          break;
        }
        case 'cost': {
          // 万元 with 2 decimals = whole 百元.
          const capHundreds = int(50, 2_000);
          const spentHundreds = chance(0.8) ? int(Math.floor(capHundreds * 0.6), capHundreds) : int(capHundreds, capHundreds * 2 + 10);
          const a = capHundreds / 100;
          const b = spentHundreds / 100;
          score = b <= a ? w : b >= 2 * a ? 0 : round2((w * (2 * capHundreds - spentHundreds)) / capHundreds);
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), target: `≤${fixed(capHundreds, 2)}万元`, actual: `${fixed(spentHundreds, 2)}万元`, ...(score < w ? { deviationReason: '宣传范围扩大' } : {}) };
          costs.push({ name: slot.name, yuan: spentHundreds * 100 });
          costYuan += spentHundreds * 100;
          bare.kind[at] = Kind.LowerIsBetterLinear;
          bare.a[at] = a;
          bare.b[at] = b;
          break;
        }
        case 'fundingRate':
        case 'executionRate': {
          // Filled in below, once the amount spent is known.
          score = 0;
          row = { level1: slot.level1, level2: slot.level2, name: slot.name, weight: String(w), formula: slot.kind };
          bare.kind[at] = Kind.Rate;
          break;
        }
      }
      bare.w[at] = w;
      rows.push({ ...row, claimed: { score: String(score) } });
      at += 1;
    }

    // 实际支出: the cost lines plus other spending, never above what was received (mostly).
    const otherYuan = Math.max(0, Math.min(receivedYuan - costYuan, int(0, 5_000) * 100));
    const spentYuan = costYuan + otherYuan;
    const base = at - INDICATORS_PER_PROJECT;
    for (let i = 0; i < INDICATORS_PER_PROJECT; i += 1) {
      const row = rows[i];
      if (!row?.formula) continue;
      const [num, den] = row.formula === 'fundingRate' ? [receivedYuan, budgetYuan] : [spentYuan, receivedYuan];
      const w = Number(row.weight);
      const score = num >= den ? w : round2((w * num) / den);
      bare.a[base + i] = den;
      bare.b[base + i] = num;
      rows[i] = { ...row, claimed: { score: String(score) }, ...(score < w ? { deviationReason: '部分资金未支出' } : {}) };
    }

    // A few computed claims off by a little or a lot (qualitative claims are the score itself, so
    // they stay), and an occasional “与预期目标一致” over a deviation.
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i];
      if (!row) continue;
      if (bare.kind[base + i] !== Kind.Given && chance(0.03)) rows[i] = { ...row, claimed: { score: String(round2(Math.max(0, Number(row.claimed.score) - 0.01 * int(1, 50)))) } };
      if (chance(0.05)) rows[i] = { ...row, claimed: { ...row.claimed, statement: '与预期目标一致' } };
    }

    const dimensions = ['decision', 'process', 'output', 'benefit'].map((level1) => ({
      level1,
      score: fixed(Math.round(rows.filter((r) => r.level1 === level1).reduce((sum, r) => sum + Number(r.claimed.score) * 100, 0)), 2),
    }));
    const totalCents = dimensions.reduce((sum, d) => sum + Math.round(Number(d.score) * 100), 0);
    const total = totalCents / 100;
    const grade = GRADES.find(([min]) => total >= min)?.[1] ?? '差';

    files.push({
      formatVersion: 1,
      project: { name: `合成项目${first + p}`, fiscalYear: FISCAL_YEAR, unit: { name: `单位${(first + p) % 997}` }, region: { code: '652300', name: '昌吉回族自治州' } },
      budget: {
        lines: [{ fundSource: 'fiscal', budgetAmount: String(budgetYuan), receivedAmount: String(receivedYuan) }],
        spentAmount: String(spentYuan),
        asOf: `${FISCAL_YEAR}-12-31`,
        expenses: [...costs.map((c) => ({ category: c.name, amount: String(c.yuan) })), ...(otherYuan > 0 ? [{ category: '其他费用', amount: String(otherYuan) }] : [])],
        payments: [
          ...costs.map((c, i) => ({ date: `${FISCAL_YEAR}-${String(3 + 4 * i).padStart(2, '0')}-15`, amount: String(c.yuan), category: c.name })),
          ...(otherYuan > 0 ? [{ date: `${FISCAL_YEAR}-11-30`, amount: String(otherYuan), category: '其他费用' }] : []),
        ],
      },
      evaluation: {
        kind: 'departmentEvaluation',
        framework: 'department-evaluation-2020',
        indicators: rows,
        claimed: { dimensions, totalScore: fixed(totalCents, 2), grade: chance(0.02) ? '优' : grade },
      },
    });
    bare.perProject[p] = INDICATORS_PER_PROJECT;
  }
  return { files, bare, indicatorCount: n };
}
