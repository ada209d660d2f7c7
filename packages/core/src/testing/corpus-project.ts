/**
 * Test support: the project a hand transcription of a published 自评表 describes
 * (../shared/domain/corpus/json), built without any table reader, so that the audit's checks can
 * be tested on every table of the corpus — also on those the reader cannot read yet. Pure: the
 * test reads the JSON and passes it in. Exported nowhere from index.ts.
 */
import { Decimal } from '../money/decimal.js';
import type { FrameworkInput, ProjectFile, ProjectFileFundRow, ProjectFileIndicator } from '../project-file/project-file.schema.js';
import { parseTarget } from '../targets/parse-target.js';
import { tierOfWording } from '../targets/qualitative-wording.js';
import { NATIONAL_SETTINGS } from '../frameworks/settings.js';
import { isInTier, tierRange } from '../scoring/rules/qualitative-tiers.js';

interface TranscribedFund {
  readonly row: string;
  readonly initialBudget?: number | null;
  readonly fullYearBudget?: number | null;
  readonly executed?: number | null;
  readonly weight?: number | null;
  readonly rate?: string | null;
  readonly score?: number | null;
}

interface TranscribedIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target?: string | null;
  readonly actual?: string | null;
  readonly weight?: number | null;
  readonly score?: number | null;
  readonly reason?: string | null;
}

/** The fields of a corpus transcription the project is built from. */
export interface CorpusTranscription {
  readonly projectName?: string | null;
  readonly unit?: string | null;
  readonly department?: string | null;
  readonly year?: number | null;
  readonly moneyUnit?: string | null;
  readonly funds: readonly TranscribedFund[];
  readonly indicators: readonly TranscribedIndicator[];
  readonly total: { readonly weight?: number | null; readonly score?: number | null };
  readonly expectedFindings: readonly string[];
}

/** 一级指标 by the words of its label, the national ids first. */
const DIMENSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/满意/u, 'satisfaction'],
  [/产出/u, 'output'],
  [/效益/u, 'benefit'],
  [/决策/u, 'decision'],
  [/管理|过程/u, 'process'],
];

/** 二级指标 by the words of its label. */
const GROUPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/数量/u, 'quantity'],
  [/质量/u, 'quality'],
  [/时效/u, 'timeliness'],
  [/成本/u, 'cost'],
  [/经济/u, 'economic'],
  [/社会/u, 'social'],
  [/生态/u, 'ecological'],
  [/可持续/u, 'sustainability'],
  [/满意/u, 'satisfaction'],
  [/立项/u, 'projectApproval'],
  [/目标/u, 'performanceGoal'],
  [/投入/u, 'fundInput'],
  [/财务|资金/u, 'fundManagement'],
  [/实施/u, 'implementation'],
];

/** “—”, “一”, “-”, “/”: a cell the form left without a value. */
const DASH = /^[\s—–一\-/／]*$/u;

const idOf = (table: ReadonlyArray<readonly [RegExp, string]>, label: string) => table.find(([words]) => words.test(label))?.[1] ?? label.replace(/\s+/gu, '');
const headerWeight = (label: string) => /[(（](\d+(?:\.\d+)?)分?[)）]/u.exec(label)?.[1];
const present = (text: string | null | undefined): text is string => text !== null && text !== undefined && !DASH.test(text);

/**
 * The project of a transcription: its funds block (年度资金总额 and its 其中 rows, the execution
 * row's 分值/得分 as the 预算执行率 indicator), its indicators under a framework of the table's own
 * weights (a 一级指标's “(50分)”, else the sum of its indicators), and the claimed 总分. Where the
 * transcription leaves a weight blank, the level's printed weight is split evenly among its
 * indicators; rows cut off by the excerpt (no weight, no score) are left out.
 */
export function corpusProject(t: CorpusTranscription): ProjectFile {
  const factor = t.moneyUnit === '元' ? 1 : 10_000;
  const yuan = (amount: number | null | undefined) => (amount === null || amount === undefined ? undefined : Decimal.from(amount).times(factor).normalize().toString());
  const rows: ProjectFileFundRow[] = t.funds
    .filter((f) => [f.initialBudget, f.fullYearBudget, f.executed].some((a) => a !== null && a !== undefined))
    .map((f, index) => {
      const rate = f.rate ? Decimal.tryParse(f.rate.replace('%', '')) : undefined;
      const breakdown = /^(按.+?分)\s*[:：]\s*(.+)$/u.exec(f.row);
      return {
        label: breakdown?.[2] ?? f.row,
        role: index === 0 ? 'total' : 'part',
        ...(breakdown ? { breakdown: breakdown[1] } : {}),
        ...(f.initialBudget != null ? { budgetAmount: yuan(f.initialBudget) } : {}),
        ...(f.fullYearBudget != null ? { adjustedBudgetAmount: yuan(f.fullYearBudget) } : {}),
        ...(f.executed != null ? { spentAmount: yuan(f.executed) } : {}),
        ...(rate ? { executionRate: f.rate?.replace('%', '') } : {}),
        ...(f.weight != null && index > 0 ? { weight: String(f.weight), ...(f.score != null ? { score: String(f.score) } : {}) } : {}),
      } as ProjectFileFundRow;
    });
  const total = rows[0];
  const budgeted = total?.budgetAmount ?? total?.adjustedBudgetAmount ?? '0';
  const adjusted = total?.adjustedBudgetAmount ?? total?.budgetAmount ?? '0';
  const execution = t.funds.find((f) => f.weight !== null && f.weight !== undefined);

  const indicators: ProjectFileIndicator[] = [];
  const dimensions = new Map<string, { name: string; weight?: string; groups: Map<string, string> }>();
  if (execution?.weight != null) {
    dimensions.set('budgetExecution', { name: '预算执行率', weight: String(execution.weight), groups: new Map([['budgetExecution', '预算执行率']]) });
    indicators.push({ level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: String(execution.weight), formula: 'executionRate', ...(execution.score != null ? { claimed: { score: String(execution.score) } } : {}) });
  }
  const kept = t.indicators.filter((i) => i.weight != null || i.score != null);
  for (const raw of kept) {
    const level1 = idOf(DIMENSIONS, raw.level1);
    const level2 = idOf(GROUPS, raw.level2);
    // A label lost in the excerpt (“(50分) — level-1 name blank”) is named by its id.
    const dimension = dimensions.get(level1) ?? { name: raw.level1.replace(/[(（].*$/u, '').trim() || level1, groups: new Map<string, string>() };
    const printed = headerWeight(raw.level1);
    if (printed !== undefined && dimension.weight === undefined) dimension.weight = printed;
    dimension.groups.set(level2, raw.level2.replace(/[(（].*$/u, '').trim() || level2);
    dimensions.set(level1, dimension);
    const unweighted = kept.filter((i) => i.weight == null && idOf(DIMENSIONS, i.level1) === level1);
    const weight = raw.weight != null ? String(raw.weight) : printed !== undefined ? Decimal.from(printed).dividedBy(Decimal.from(unweighted.length)).round(2).normalize().toString() : String(raw.score);
    indicators.push(indicatorOf(raw, level1, level2, weight, t.year ?? undefined));
  }

  const framework: FrameworkInput = {
    id: 'transcribed-table',
    name: '自评表自带权重',
    kind: dimensions.has('decision') || dimensions.has('process') ? 'departmentEvaluation' : 'selfEvaluation',
    basedOn: dimensions.has('decision') || dimensions.has('process') ? 'department-evaluation-2020' : 'self-evaluation-2020',
    dimensions: [...dimensions].map(([id, d]) => ({
      id,
      name: d.name,
      weight: d.weight ?? Decimal.sum(indicators.filter((i) => i.level1 === id).map((i) => Decimal.from(i.weight))).normalize().toString(),
      groups: [...d.groups].map(([groupId, name]) => ({ id: groupId, name })),
    })),
  };
  return {
    formatVersion: 1,
    project: { name: t.projectName ?? '未命名项目', ...(t.year ? { fiscalYear: t.year } : {}), unit: { name: t.unit ?? t.department ?? '未知单位' } },
    budget: {
      lines: [{ fundSource: 'fiscal', budgetAmount: budgeted, adjustedBudgetAmount: adjusted, receivedAmount: adjusted }],
      spentAmount: total?.spentAmount ?? '0',
      fundRows: rows,
    },
    evaluation: {
      kind: framework.kind,
      framework,
      indicators,
      claimed: t.total.score != null ? { totalScore: String(t.total.score) } : {},
    },
  };
}

/**
 * One indicator as a table reader would make it: a qualitative result whose wording names a tier,
 * or that repeats its target, is in that tier; a 决策/管理 item with no target sits in the tier its
 * score falls in; a 预算执行率 item with no target is the execution formula.
 */
function indicatorOf(raw: TranscribedIndicator, level1: string, level2: string, weight: string, fiscalYear: number | undefined): ProjectFileIndicator {
  const target = present(raw.target) ? raw.target : undefined;
  const actual = present(raw.actual) ? raw.actual : undefined;
  const claimed = raw.score != null ? { claimed: { score: String(raw.score) } } : {};
  const reason = raw.reason && raw.reason !== '无' ? { deviationReason: raw.reason } : {};
  const base = { level1, level2, name: raw.name, weight, ...claimed, ...reason };
  if (/预算(?:资金)?执行率/u.test(raw.name) && target === undefined) return { ...base, formula: 'executionRate' };
  const planned = target === undefined ? undefined : parseTarget(target, { fiscalYear, costIndicator: level2 === 'cost' });
  const words = planned !== undefined && (!planned.ok || planned.value.kind === 'qualitative');
  if (words && actual !== undefined && !(planned.ok && planned.value.kind === 'qualitative')) {
    const tier = tierOfWording(actual) ?? (actual.replace(/[。.]$/u, '') === target?.replace(/[。.]$/u, '') ? 'achieved' : undefined);
    if (tier) return { ...base, tier, rule: 'qualitativeTiers', justification: `年度指标值“${target ?? ''}”，完成情况“${actual}”` };
  }
  if (target === undefined && (level1 === 'decision' || level1 === 'process') && raw.score != null) {
    const points = Decimal.from(raw.score);
    const tier = (['achieved', 'partiallyAchieved', 'notAchieved'] as const).find((t) => isInTier(points, tierRange(t, Decimal.from(weight), NATIONAL_SETTINGS)));
    if (tier) return { ...base, tier };
  }
  return { ...base, ...(target ? { target } : {}), ...(actual ? { actual } : {}) };
}
