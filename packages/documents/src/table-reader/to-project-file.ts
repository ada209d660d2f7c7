import { Decimal, NATIONAL_SETTINGS, isInTier, parseActual, parseTarget, tierOfWording, tierRange, TIER_LABELS, type ProjectFile, type ProjectFileIndicator } from '@jixiao/core';
import type { Unplaced } from '../document-read-error.js';
import { knownProcessIndicator } from '../report-text/rated-items.js';
import { resolveRegion, type RegionInput } from '../report-text/region.js';
import { headerMoneyUnit, isBlank, isDash, labelKey, normalise, readPlainNumber, type MoneyUnit, type SourceCell } from './cell.js';
import { readFunds } from './fund-rows.js';
import { sheetFramework } from './sheet-framework.js';
import { statedSums } from './stated-sums.js';
import type { IndicatorRowReading, TableReading } from './read-table.js';

export interface TableReadOptions {
  /** 地区, when the document does not say (only 昌吉 is recognised from the text). */
  readonly region?: RegionInput;
  /** Overrides the year read from the title. */
  readonly fiscalYear?: number;
}

export interface TableImport {
  readonly file: ProjectFile;
  /** Every non-empty cell that was not placed, with where and why. */
  readonly unplaced: Unplaced[];
  /** What the reader decided that a reader of the table should know (weights of the sheet's own, repeated cells, approximations). */
  readonly notes: Unplaced[];
}

/** A table read into the project file, or undefined when it holds neither indicators nor funds. */
export function toProjectFile(reading: TableReading, options: TableReadOptions = {}, keepEmpty = false): TableImport | undefined {
  const unplaced = [...reading.unplaced];
  const notes = [...reading.notes];
  const fiscalYear = options.fiscalYear ?? yearOf(reading.title);
  const allText = reading.allCells.map((c) => c.text).join('\n');
  const region = resolveRegion(allText, options.region);
  const unit = moneyUnit(reading.fundsHeader, notes);
  const funds = readFunds(reading.fundRows, unit, unplaced, notes);

  const indicators: ProjectFileIndicator[] = [];
  if (funds?.executionWeight) {
    indicators.push({
      level1: 'budgetExecution',
      level2: 'budgetExecution',
      name: '预算执行率',
      weight: funds.executionWeight,
      formula: 'executionRate',
      ...(funds.executionScore ? { claimed: { score: funds.executionScore } } : {}),
    });
  }
  for (const row of reading.indicators) {
    const indicator = readIndicator(row, fiscalYear, unplaced, notes);
    if (indicator) indicators.push(indicator);
  }
  if (indicators.length === 0 && !funds) {
    // A table whose every row had to be listed is still answered with that list, not refused.
    if (!keepEmpty || unplaced.length === 0) return undefined;
    notes.push({ text: '', reason: '未能读入任何指标或资金行：表中的内容都列在“未放置”中，并写明了原因', where: '' });
  }
  if (!funds) notes.push({ text: '', reason: '未读到资金情况（年度资金总额等行）：预算记为 0，预算执行率不计分', where: '' });

  const framework = sheetFramework(indicators, reading.level1Weights, notes);
  const claimed = claimedTotal(reading, indicators, unplaced);
  const sums = statedSums(reading.allCells);
  const planned = goalText(reading.goals.planned, notes);
  const achieved = goalText(reading.goals.achieved, notes);
  const name = reading.info.get('projectName')?.text;
  if (!name) unplaced.push({ text: '', reason: '未找到“项目名称”', where: '' });

  const file: ProjectFile = {
    formatVersion: 1,
    project: {
      name: name ?? '未命名项目',
      ...(fiscalYear === undefined ? {} : { fiscalYear }),
      unit: { name: reading.info.get('unitName')?.text || reading.info.get('supervisingDepartment')?.text || '未知单位' },
      ...(region ? { region: { code: region.code, name: region.name } } : {}),
      ...(reading.info.get('supervisingDepartment')?.text ? { supervisingDepartment: reading.info.get('supervisingDepartment')?.text as string } : {}),
      ...(planned || achieved ? { goals: { ...(planned ? { overall: planned } : {}), ...(achieved ? { outcome: achieved } : {}) } } : {}),
    },
    budget: funds?.budget ?? { lines: [{ fundSource: 'fiscal', budgetAmount: '0', receivedAmount: '0' }] },
    ...(indicators.length > 0
      ? {
          evaluation: {
            kind: framework.kind,
            framework: framework.framework,
            indicators,
            ...(claimed.totalScore || claimed.grade || sums.length > 0 ? { claimed: { ...claimed, ...(sums.length > 0 ? { statedSums: sums } : {}) } } : {}),
          },
        }
      : {}),
  };
  return { file, unplaced, notes };
}

function yearOf(title: readonly SourceCell[]): number | undefined {
  for (const cell of title) {
    const year = /((?:19|20)\d{2})\s*年/.exec(normalise(cell.text))?.[1];
    if (year) return Number(year);
  }
  return undefined;
}

function moneyUnit(header: readonly SourceCell[], notes: Unplaced[]): MoneyUnit {
  for (const cell of header) {
    const unit = headerMoneyUnit(cell.text);
    if (unit) return unit;
  }
  if (header.length > 0) notes.push({ text: header.map((c) => c.text).join(' | '), reason: '资金表头未写明金额单位，按万元读取（全国自评表的单位）', where: header[0]?.where ?? '' });
  return 'wanYuan';
}

/** Forms copy their own instructions into cells left unfilled (“说明…(100字以内)”). */
function goalText(cell: SourceCell | undefined, notes: Unplaced[]): string | undefined {
  if (!cell || isBlank(cell.text)) return undefined;
  if (/\(\d+字以内\)|（\d+字以内）|^对照年度目标|^结合自评情况/.test(cell.text)) {
    notes.push({ text: cell.text, reason: '这一栏是表格自带的填写说明，未填写实际内容', where: cell.where });
    return undefined;
  }
  return cell.text;
}

function readIndicator(row: IndicatorRowReading, fiscalYear: number | undefined, unplaced: Unplaced[], notes: Unplaced[]): ProjectFileIndicator | undefined {
  // The name as written (its brackets and punctuation are part of it), spaces collapsed.
  const name = row.name.text.replace(/\s+/g, ' ').trim();
  const value = (role: Parameters<IndicatorRowReading['values']['get']>[0]) => row.values.get(role);
  const text = (role: Parameters<IndicatorRowReading['values']['get']>[0]) => {
    const cell = value(role);
    if (!cell || isBlank(cell.text) || isDash(cell.text)) return '';
    if (cell.unreadable) {
      unplaced.push({ text: cell.text, reason: `“${name}”：${cell.unreadable}`, where: cell.where });
      return '';
    }
    return cell.text;
  };
  const known = row.level1?.dimension === undefined || row.level1.dimension === 'decision' || row.level1.dimension === 'process' ? knownProcessIndicator(name) : undefined;
  const dimension = known?.level1 ?? row.level1?.dimension ?? row.level2?.dimension;
  const group = known?.level2 ?? row.level2?.group ?? (dimension === 'satisfaction' ? 'satisfaction' : undefined);
  if (!dimension || !group) {
    unplaced.push({ text: [name, ...[...row.values.values()].map((c) => c.text).filter((t) => t !== '')].join(' | '), reason: dimension ? `“${name}”没有可识别的二级指标` : `“${name}”没有可识别的一级/二级指标`, where: row.name.where });
    return undefined;
  }
  const weightCell = value('weight');
  if (weightCell?.mergedAbove) {
    unplaced.push({ text: name, reason: `“${name}”的分值与上一行合并为一个分值，已计入上一行的指标，本行不单独计分`, where: weightCell.where });
    return undefined;
  }
  const weight = readPlainNumber(text('weight'));
  if (!weight) {
    const cells = [name, ...[...row.values.values()].map((c) => c.text).filter((t) => t !== '')];
    unplaced.push({ text: text('weight') || cells.join(' | '), reason: text('weight') === '' ? `“${name}”没有分值` : `“${name}”的分值不是数字`, where: weightCell?.where ?? row.name.where });
    return undefined;
  }
  const scoreText = text('score');
  const score = readPlainNumber(scoreText);
  if (scoreText !== '' && !score) unplaced.push({ text: scoreText, reason: `“${name}”的得分不是数字`, where: value('score')?.where ?? row.name.where });
  for (const read of [weight, score]) if (read?.approximate) notes.push({ text: name, reason: `“${name}”的分数是约数，按 ${read.digits} 读入`, where: row.name.where });
  if (text('recomputedScore') !== '') notes.push({ text: text('recomputedScore'), reason: '“重算得分”是 Jixiao 的重算结果，不作为自评得分读入', where: value('recomputedScore')?.where ?? '' });
  if (text('reviewScore') !== '') notes.push({ text: text('reviewScore'), reason: '财政审核评分不是单位自评得分，未读入', where: value('reviewScore')?.where ?? '' });
  const measureUnit = text('measureUnit');
  const target = withUnit(withOperator(unapproximate(text('target'), name, notes), text('nature')), measureUnit);
  const actual = withUnit(unapproximate(text('actual'), name, notes), measureUnit);
  const reason = text('reason');
  nameNotes(name, target, row.name.where, notes);
  const qualitative = qualitativeTier(target, actual, fiscalYear);
  if (qualitative === 'unmatched') {
    unplaced.push({ text: actual, reason: `“${name}”的完成情况“${actual}”不在定性档次表中（docs/qualitative-wording.md），未判定档次`, where: value('actual')?.where ?? row.name.where });
  }
  const tier = qualitative === 'unmatched' || qualitative === undefined ? (known && !known.formula && score ? scoredTier(weight.digits, score.digits) : undefined) : qualitative;
  if (!tier) {
    const options = fiscalYear === undefined ? {} : { fiscalYear };
    const targetRead = target === '' ? undefined : parseTarget(target, options);
    if (targetRead && !targetRead.ok && qualitative !== 'unmatched') unplaced.push({ text: target, reason: targetRead.error.message, where: value('target')?.where ?? row.name.where });
    const actualRead = actual === '' ? undefined : parseActual(actual, options);
    if (actualRead && !actualRead.ok && qualitative !== 'unmatched') unplaced.push({ text: actual, reason: actualRead.error.message, where: value('actual')?.where ?? row.name.where });
  }
  return {
    level1: dimension,
    level2: group,
    name,
    weight: weight.digits,
    ...(tier ? {} : target !== '' ? { target } : {}),
    ...(tier ? {} : actual !== '' ? { actual } : {}),
    ...(known?.formula ? { formula: known.formula } : {}),
    ...(tier ? { tier: tier.tier, ...(tier.justification ? { rule: 'qualitativeTiers', justification: tier.justification } : {}) } : {}),
    ...(reason !== '' && reason !== '无' ? { deviationReason: reason } : {}),
    ...(score ? { claimed: { score: score.digits } } : {}),
  };
}

/** A 决策/过程 item without a target sits in the tier its score falls in: the form records a score, not a tier. */
function scoredTier(weight: string, score: string): { tier: NonNullable<ProjectFileIndicator['tier']>; justification?: string } | undefined {
  const points = Decimal.from(score);
  const tier = (['achieved', 'partiallyAchieved', 'notAchieved'] as const).find((t) => isInTier(points, tierRange(t, Decimal.from(weight), NATIONAL_SETTINGS)));
  return tier ? { tier } : undefined;
}

/**
 * A target written as words (“严格执行相关制度规定”, “效果明显”) is judged by its result's
 * wording: a wording of the tier table (“达成预期指标”), or a result that repeats the target,
 * names the tier; any other wording is listed, not guessed.
 */
function qualitativeTier(target: string, actual: string, fiscalYear: number | undefined): { tier: NonNullable<ProjectFileIndicator['tier']>; justification?: string } | 'unmatched' | undefined {
  if (target === '' || actual === '') return undefined;
  // A number with a unit the parser does not know (“>=530元/人*月”) is a quantity, not a wording.
  if ([target, actual].some((t) => /^[≥≤=><≧≦]*\s*-?\d/.test(normalise(t)))) return undefined;
  const options = fiscalYear === undefined ? {} : { fiscalYear };
  const planned = parseTarget(target, options);
  if (planned.ok && planned.value.kind !== 'qualitative') return undefined;
  // A measured result (“266米”) under an unreadable target is a quantity whose target could not be read, not a wording.
  const measured = parseActual(actual, options);
  if (measured.ok && measured.value.kind !== 'qualitative') return undefined;
  // 显著提升 → 显著提升: the scoring rule itself reads a result that repeats its target as 达成.
  if (planned.ok && measured.ok && planned.value.kind === 'qualitative' && measured.value.kind === 'qualitative' && planned.value.expectation === measured.value.expectation) return undefined;
  const tier = tierOfWording(actual) ?? (labelKey(actual).replace(/[。.]$/, '') === labelKey(target).replace(/[。.]$/, '') ? 'achieved' : undefined);
  if (!tier) return 'unmatched';
  const why = tierOfWording(actual) ? `完成情况“${actual}”按定性档次表为“${TIER_LABELS[tier]}”` : `完成情况与年度指标值“${target}”表述一致，为“${TIER_LABELS[tier]}”`;
  return { tier, justification: `年度指标值“${target}”（定性）；${why}` };
}

const SIGNS: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '≧': '≥', '≦': '≤' };
const sign = (text: string) => SIGNS[text] ?? text;

/**
 * What an indicator's name says about its target, where the target column disagrees or is empty:
 * a template's sign left in the name (“(<**元/户·年)” over “<=5300元/户”), or the value written into
 * the name (“年度资金支付完成率100%” with an empty 年度指标值).
 */
function nameNotes(name: string, target: string, where: string, notes: Unplaced[]): void {
  const key = normalise(name);
  const templateSign = /([<>≤≥≧≦]=?)\s*\*\*/.exec(key)?.[1];
  const targetSign = /^([<>≤≥≧≦]=?|=)/.exec(normalise(target))?.[1];
  if (templateSign && targetSign && sign(templateSign) !== sign(targetSign)) {
    notes.push({ text: name, reason: `“${name}”名称中的比较符“${templateSign}”与年度指标值“${target}”的“${targetSign}”不一致`, where });
  }
  if (target === '' && /\d+(?:\.\d+)?\s*(?:%|次|个|人|天|万元|元|份|场)$/.test(key)) {
    notes.push({ text: name, reason: `“${name}”的指标值写在了名称里，年度指标值一栏为空：无法按指标值计分`, where });
  }
}

/** “约91%” is read as 91% with a note. */
function unapproximate(text: string, name: string, notes: Unplaced[]): string {
  const match = /^(?:约|大约|约为)\s*(.+)$/u.exec(text.trim());
  if (!match?.[1]) return text;
  notes.push({ text, reason: `“${name}”的“${text}”是约数，按 ${match[1]} 读入`, where: '' });
  return match[1];
}

/** “2” + ≥ → “≥2” for forms with a separate 指标性质 column (定性/定量 say nothing about the comparison). */
function withOperator(target: string, nature: string): string {
  const sign = normalise(nature).replace(/\s+/g, '');
  if (target === '' || !/^(?:≥|≤|=|>|<|≧|≦|>=|<=)$/.test(sign) || /^[≥≤=><≧≦]/.test(normalise(target))) return target;
  return `${sign}${target}`;
}

/** “100” + % → “100%” for forms with a separate 度量单位 column. */
function withUnit(value: string, unit: string): string {
  return unit !== '' && /^[≥≤=><≧≦]?\s*-?\d+(?:\.\d+)?$/.test(normalise(value)) ? `${value}${unit}` : value;
}

function claimedTotal(reading: TableReading, indicators: readonly ProjectFileIndicator[], unplaced: Unplaced[]): { totalScore?: string; grade?: string } {
  const grade = reading.totalGrade ? /(?:评级|等级)[:：]?\s*(\S+)/.exec(normalise(reading.totalGrade.text))?.[1] : undefined;
  const withGrade = (score: string | undefined) => ({ ...(score ? { totalScore: score } : {}), ...(grade ? { grade } : {}) });
  if (reading.totalByColumn) return withGrade(readPlainNumber(reading.totalByColumn.score?.text ?? '')?.digits);
  const numbers = (reading.total?.values ?? []).filter((c) => !isDash(c.text)).map((c) => ({ cell: c, read: readPlainNumber(c.text) }));
  if (numbers.length === 0) return withGrade(undefined);
  if (numbers.length >= 2) {
    // 总分 | 分值 | 得分 in the header's order: the last number is the score.
    for (const extra of numbers.slice(0, -2)) unplaced.push({ text: extra.cell.text, reason: '总分行多出的数字', where: extra.cell.where });
    return withGrade(numbers[numbers.length - 1]?.read?.digits);
  }
  const only = numbers[0];
  const weights = indicators.reduce((sum, i) => sum + Number(i.weight), 0);
  const claims = indicators.every((i) => i.claimed?.score !== undefined) ? indicators.reduce((sum, i) => sum + Number(i.claimed?.score), 0) : undefined;
  const value = Number(only?.read?.digits);
  // One number under 总分: the 分值 total when it is the weights' sum (the 得分 cell then is empty), the 得分 total when it is the claims' sum.
  if (Math.abs(weights - value) < 0.005) return withGrade(undefined);
  if (claims !== undefined && Math.abs(claims - value) < 0.005) return withGrade(only?.read?.digits);
  if (only) unplaced.push({ text: only.cell.text, reason: '总分行只有一个数字，无法确定是分值合计还是得分合计', where: only.cell.where });
  return withGrade(undefined);
}
