import { Decimal, builtInFramework, isInTier, loadProjectFile, tierRange, type EvaluationFramework, type ProjectFile, type ProjectFileIndicator } from '@jixiao/core';
import { DocumentReadError, type Unplaced } from '../document-read-error.js';
import { lastHeading, type GroupId } from './headings.js';
import { findIndicatorStatements, type IndicatorStatement } from './indicator-statements.js';
import { pairByName } from './name-match.js';
import { normaliseReport } from './normalise.js';
import { findRatedItems } from './rated-items.js';
import { readClaims } from './read-claims.js';
import { attributeReasons } from './read-deviation-reasons.js';
import { yuanText } from './amounts.js';
import { readFacts, readKind, readTeam } from './read-facts.js';
import { readFunds } from './read-funds.js';
import { readStatedAmounts } from './read-stated-amounts.js';
import { readStatedCounts } from './read-stated-counts.js';
import { isResult, readResult, SCORE_CLAIM } from './read-result.js';
import { resolveRegion, type RegionInput } from './region.js';

export interface ReadReportOptions {
  /** 地区; defaults to 昌吉回族自治州 only when the text names 昌吉, else required. */
  readonly region?: RegionInput;
  /** Overrides the year read from the text. */
  readonly fiscalYear?: number;
}

export interface ReportImport {
  readonly file: ProjectFile;
  /** Statements seen but not placed, in text order: never silently dropped. */
  readonly unplaced: Unplaced[];
}

type Claimed = NonNullable<NonNullable<ProjectFile['evaluation']>['claimed']>;
type ClaimedGroup = NonNullable<Claimed['groups']>[number];
type ReadIndicator = ProjectFileIndicator & { at: number; aliases: string[] };

const FRAMEWORK_OF_KIND = {
  departmentEvaluation: 'department-evaluation-2020',
  financeEvaluation: 'finance-evaluation-2020',
  selfEvaluation: 'self-evaluation-2020',
} as const;

/**
 * Reads an evaluation report written like the sample (prose, sections 一 to 六) into a project file
 * with the scores it CLAIMS, for the audit to recompute. Throws {@link DocumentReadError} when the
 * text holds nothing of a report or its region is unknown; everything it reads but cannot place is
 * returned in `unplaced`.
 */
export function readReportText(raw: string, options: ReadReportOptions = {}): ReportImport {
  const text = normaliseReport(raw);
  const unplaced: { text: string; reason: string; at: number }[] = [];
  const note = (at: number, what: string, reason: string) => unplaced.push({ text: what.trim(), reason, at });
  const consumed: { start: number; end: number }[] = [];

  const facts = readFacts(text);
  const statements = findIndicatorStatements(text);
  const rated = findRatedItems(text);
  const budgetNotes: Unplaced[] = [];
  const budget = readFunds(text, budgetNotes);
  if (statements.length === 0 && rated.items.length === 0 && !budget) {
    throw new DocumentReadError('noContent', '未能在文本中识别出绩效评价报告的内容：没有资金情况（预算安排资金总额…）、绩效指标（预期指标值为…）或得分（该指标N分，得M分）');
  }
  if (!budget) throw new DocumentReadError('noContent', '报告中未找到资金情况：需要“预算安排资金总额…万元”或“财政资金…万元”');
  for (const n of budgetNotes) note(0, n.text, n.reason);

  const region = resolveRegion(text, options.region);
  const fiscalYear = options.fiscalYear ?? facts.fiscalYear;
  const kind = readKind(text);
  const framework = builtInFramework(FRAMEWORK_OF_KIND[kind]) as EvaluationFramework;
  const dimensionOf = (group: string) => framework.dimensions.find((d) => d.groups.some((g) => g.id === group))?.id;

  // Targets (阶段性目标) and results (完成情况与得分) are the same kind of statement; a result reports something.
  const targets = statements.filter((s) => !isResult(s.tail));
  const results = statements.filter((s) => isResult(s.tail));
  for (const s of statements) consumed.push(s);
  const targetOf = pairByName(results, targets, (r) => r.name, (t) => t.name);
  const matchedTargets = new Set(targetOf.values());
  for (const t of targets) if (!matchedTargets.has(t)) note(t.start, t.text, '只有预期指标值，未找到完成情况与得分');

  const indicators: ReadIndicator[] = [];
  // What the prose states beside the scores, for the audit (ReportStatements); indicators by object until sorted.
  const sharedBlocks: { members: ReadIndicator[]; weight: string; text: string }[] = [];
  const restated: { indicator: ReadIndicator; text: string }[] = [];
  const claimedGroups: (ClaimedGroup & { at: number })[] = [];

  // Results are read in order; a run without scores ended by one with a score in the same group is a
  // block sharing one “该指标10分，得9.10分” (the sample's 8 cost items): equal weights, a group claim.
  let run: { statement: IndicatorStatement; indicator: ProjectFileIndicator & { at: number; aliases: string[] }; verdict?: string }[] = [];
  const flushUnscored = () => {
    for (const r of run) note(r.statement.start, r.statement.text, '未给出该指标的分值和得分');
    run = [];
  };
  for (const result of results) {
    const target = targetOf.get(result);
    const group = (target?.group ?? result.group) as GroupId | undefined;
    const level1 = group ? dimensionOf(group) : undefined;
    if (!group || !level1) {
      note(result.start, result.text, group ? `评价体系中没有“${group}”这一二级指标` : '无法判断所属的二级指标（数量/质量/时效/成本/效益/满意度）');
      continue;
    }
    const reading = readResult(result.tail, fiscalYear);
    const indicator: ProjectFileIndicator & { at: number; aliases: string[] } = {
      at: result.start,
      aliases: [result.name, ...(target ? [target.name] : [])],
      level1,
      level2: group,
      name: target?.name ?? result.name,
      weight: '0',
      target: target?.targetText ?? result.targetText,
      ...(reading.actualText === undefined ? {} : { actual: reading.actualText }),
      ...(reading.evidence.length > 0 ? { evidence: [...reading.evidence] } : {}),
    };
    if (reading.actualText === undefined) note(result.start, result.text, '未能读出实际完成值');
    if (target && result.targetText !== '' && result.targetText !== target.targetText) restated.push({ indicator, text: result.targetText });
    if (reading.weight === undefined || reading.score === undefined) {
      if (run.length > 0 && run[0]?.indicator.level2 !== group) flushUnscored();
      run.push({ statement: result, indicator, ...(reading.statement ? { verdict: reading.statement } : {}) });
      continue;
    }
    if (run.length > 0 && run.every((r) => r.indicator.level2 === group)) {
      // One weight and one score for the whole block.
      const members = [...run.map((r) => r.indicator), indicator];
      const shares = equalShares(Decimal.from(reading.weight), members.length);
      members.forEach((m, i) => {
        m.weight = shares[i] ?? '0';
        indicators.push(m);
      });
      claimedGroups.push({ at: result.start, level1, level2: group, score: reading.score, ...(reading.statement ? { statement: reading.statement } : {}) });
      sharedBlocks.push({ members, weight: reading.weight, text: SCORE_CLAIM.exec(result.tail)?.[0] ?? `该指标${reading.weight}分，得${reading.score}分` });
      run = [];
      continue;
    }
    flushUnscored();
    indicator.weight = reading.weight;
    indicator.claimed = { score: reading.score, ...(reading.statement ? { statement: reading.statement } : {}) };
    indicators.push(indicator);
  }
  flushUnscored();

  // 决策 / 过程: numbered items. Computed ones keep their formula; the others are qualitative and sit
  // in the tier their claimed score falls in (the report states a score, not a tier).
  for (const item of rated.items) {
    consumed.push(item);
    const level1 = framework.dimensions.some((d) => d.id === item.level1) ? item.level1 : undefined;
    if (!level1) {
      note(item.start, text.slice(item.start, item.end), `评价体系“${framework.name}”中没有${item.level1 === 'decision' ? '决策' : '过程'}类指标`);
      continue;
    }
    const weight = Decimal.from(item.weight);
    const score = Decimal.from(item.score);
    const tier = item.formula ? undefined : (['achieved', 'partiallyAchieved', 'notAchieved'] as const).find((t) => isInTier(score, tierRange(t, weight, framework.settings)));
    indicators.push({
      at: item.start,
      aliases: [item.name],
      level1,
      level2: item.level2,
      name: item.name,
      weight: item.weight,
      ...(item.formula ? { formula: item.formula } : {}),
      ...(tier ? { tier } : {}),
      claimed: { score: item.score, ...(item.statement ? { statement: item.statement } : {}) },
    });
  }
  for (const u of rated.unknown) {
    consumed.push(u);
    note(u.start, u.text, '不是已知的决策/过程类三级指标');
  }

  // Claims above the indicators.
  const claims = readClaims(text);
  consumed.push(...claims.ranges);
  for (const g of claims.groups) {
    consumed.push(g);
    const heading = lastHeading(`${g.level2Words}指标`);
    const level1 = heading ? dimensionOf(heading.group) : undefined;
    if (heading && level1) claimedGroups.push({ at: g.start, level1, level2: heading.group, score: g.score });
    else note(g.start, text.slice(g.start, g.end), '无法判断这一小计属于哪个二级指标');
  }

  indicators.sort((a, b) => frameworkOrder(framework, a) - frameworkOrder(framework, b) || a.at - b.at);

  // 偏差原因: attributed to the indicators the paragraph names.
  const executionIndex = indicators.findIndex((i) => i.formula === 'executionRate');
  const attribution = attributeReasons(
    text,
    indicators.map((i, index) => ({ index, names: i.aliases })),
    executionIndex >= 0 ? executionIndex : undefined,
  );
  if (attribution.range) consumed.push(attribution.range);
  for (const [index, reasons] of attribution.reasons) {
    const indicator = indicators[index];
    if (indicator) indicator.deviationReason = reasons.join('；');
  }
  for (const part of attribution.leftOver) note(attribution.range?.start ?? 0, part, '偏差原因未能对应到具体指标');

  // Any other sentence that states a score or a target was not understood: say so.
  let offset = 0;
  for (const sentence of text.split('。')) {
    const start = offset;
    const end = offset + sentence.length;
    offset = end + 1;
    if (!(SCORE_CLAIM.test(sentence) || /得\s*\d+(?:\.\d+)?\s*分|预期指标值/.test(sentence))) continue;
    if (consumed.some((r) => r.start < end && r.end > start)) continue;
    note(start, sentence, '含得分或指标值的语句未能识别');
  }

  const stated = readStatements(text, framework, indicators, { sharedBlocks, restated, consumed, unplaced });
  const team = readTeam(text);
  const file: ProjectFile = {
    formatVersion: 1,
    project: {
      name: facts.name ?? '未命名项目',
      ...(fiscalYear === undefined ? {} : { fiscalYear }),
      unit: { name: facts.unitName ?? '未知单位' },
      ...(region ? { region: { code: region.code, name: region.name } } : {}),
      ...(facts.supervisingDepartment ? { supervisingDepartment: facts.supervisingDepartment } : {}),
      ...(facts.fundingDocument ? { fundingDocument: facts.fundingDocument } : {}),
      ...(facts.goals ? { goals: facts.goals } : {}),
    },
    budget,
    ...(indicators.length > 0
      ? {
          evaluation: {
            kind,
            framework: framework.id,
            ...(team.length > 0 ? { team } : {}),
            indicators: indicators.map(({ at: _at, aliases: _aliases, ...indicator }) => indicator),
            claimed: {
              ...(claimedGroups.length > 0 ? { groups: claimedGroups.sort((a, b) => a.at - b.at).map(({ at: _at, ...g }) => g) } : {}),
              ...(claims.dimensions.length > 0 ? { dimensions: sortDimensions(framework, claims.dimensions) } : {}),
              ...(claims.totalScore ? { totalScore: claims.totalScore } : {}),
              ...(claims.grade ? { grade: claims.grade } : {}),
            },
            ...(stated ? { statements: stated } : {}),
          },
        }
      : {}),
  };
  if (!facts.name) note(0, '', '未找到项目名称（“…”项目）');
  if (!facts.unitName) note(0, '', '未找到实施单位（实施主体为…）');

  const loaded = loadProjectFile(file);
  if (!loaded.ok) {
    throw new DocumentReadError('invalidProject', `报告读出的数据不完整：${loaded.issues.map((i) => `${i.path}：${i.message}`).join('；')}`);
  }
  return { file, unplaced: unplaced.sort((a, b) => a.at - b.at).map(({ at: _at, ...u }) => u) };
}

type Statements = NonNullable<NonNullable<ProjectFile['evaluation']>['statements']>;

/**
 * What the prose states beside the scores (counts, money used, restated targets, blocks sharing one
 * 分值), with indicators by their index in the sorted list. A section's count is kept only when
 * everything in that section was read: a count held against a half-read section would be a false finding.
 */
function readStatements(
  text: string,
  framework: EvaluationFramework,
  indicators: readonly ReadIndicator[],
  read: {
    sharedBlocks: readonly { members: readonly ReadIndicator[]; weight: string; text: string }[];
    restated: readonly { indicator: ReadIndicator; text: string }[];
    consumed: readonly { start: number; end: number }[];
    unplaced: readonly { at: number }[];
  },
): Statements | undefined {
  const indexOf = (indicator: ReadIndicator) => indicators.indexOf(indicator);
  const indicatorCounts = readStatedCounts(text)
    .filter((c) => framework.dimensions.some((d) => d.id === c.level1) && indicators.some((i) => i.level1 === c.level1))
    .filter((c) => !read.unplaced.some((u) => u.at >= c.start && u.at < c.end))
    .map(({ level1, count, text: words }) => ({ level1, count, text: words }));
  const amounts = readStatedAmounts(text, read.consumed).map(({ amount, text: words }) => ({ amount: yuanText(amount), text: words }));
  const restatedTargets = read.restated.map((r) => ({ indicator: indexOf(r.indicator), text: r.text })).filter((r) => r.indicator >= 0);
  const sharedWeights = read.sharedBlocks
    .map((b) => ({ indicators: b.members.map(indexOf).filter((i) => i >= 0), weight: b.weight, text: b.text }))
    .filter((b) => b.indicators.length >= 2);
  const statements: Statements = {
    ...(indicatorCounts.length > 0 ? { indicatorCounts } : {}),
    ...(amounts.length > 0 ? { amounts } : {}),
    ...(restatedTargets.length > 0 ? { restatedTargets } : {}),
    ...(sharedWeights.length > 0 ? { sharedWeights } : {}),
  };
  return Object.keys(statements).length > 0 ? statements : undefined;
}

/** `total` split into `count` shares with two decimals, the last taking the rounding remainder so they sum exactly. */
function equalShares(total: Decimal, count: number): string[] {
  const share = total.dividedBy(Decimal.from(count)).round(2);
  const shares = Array.from({ length: count - 1 }, () => share);
  shares.push(total.minus(share.times(count - 1)));
  return shares.map((s) => s.normalize().toString());
}

function frameworkOrder(framework: EvaluationFramework, indicator: { level1: string; level2: string }): number {
  const d = framework.dimensions.findIndex((dim) => dim.id === indicator.level1);
  const g = framework.dimensions[d]?.groups.findIndex((group) => group.id === indicator.level2) ?? 0;
  return d * 100 + g;
}

function sortDimensions(framework: EvaluationFramework, dimensions: { level1: string; score: string }[]) {
  const known = dimensions.filter((d) => framework.dimensions.some((f) => f.id === d.level1));
  return known.sort((a, b) => framework.dimensions.findIndex((f) => f.id === a.level1) - framework.dimensions.findIndex((f) => f.id === b.level1));
}
