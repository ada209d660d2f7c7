import { Decimal } from '../money/decimal.js';
import type { Indicator } from '../indicators/indicator.js';
import type { EvaluationFramework } from './framework.js';
import { frameworkIndex } from './framework-index.js';

/** A structural problem of a framework or of an evaluation's indicator weights. */
export interface WeightIssue {
  readonly code: 'dimensionWeightsSum' | 'groupWeightsSum' | 'indicatorWeightsSum' | 'outputBenefitShare' | 'unknownDimension' | 'unknownGroup' | 'duplicateId';
  /** Where: `dimensions[output]`, `dimensions[output].groups[cost]`. */
  readonly path: string;
  readonly message: string;
  readonly expected?: Decimal;
  readonly actual?: Decimal;
}

/** Weights sum to the total, group weights to their dimension, 产出 + 效益 ≥ the required share. */
export function validateFramework(framework: EvaluationFramework): WeightIssue[] {
  const issues: WeightIssue[] = [];
  const dimensionSum = Decimal.sum(framework.dimensions.map((dim) => dim.weight));
  if (!dimensionSum.eq(framework.totalWeight)) {
    issues.push({
      code: 'dimensionWeightsSum',
      path: 'dimensions',
      message: `一级指标分值合计 ${dimensionSum.toString()}，应为 ${framework.totalWeight.toString()}`,
      expected: framework.totalWeight,
      actual: dimensionSum,
    });
  }
  const seen = new Set<string>();
  for (const dim of framework.dimensions) {
    if (seen.has(dim.id)) issues.push({ code: 'duplicateId', path: `dimensions[${dim.id}]`, message: `一级指标编号“${dim.id}”重复` });
    seen.add(dim.id);
    const weighted = dim.groups.filter((g) => g.weight !== undefined);
    if (weighted.length === dim.groups.length) {
      const groupSum = Decimal.sum(weighted.map((g) => g.weight ?? Decimal.ZERO));
      if (!groupSum.eq(dim.weight)) {
        issues.push({
          code: 'groupWeightsSum',
          path: `dimensions[${dim.id}]`,
          message: `“${dim.name}”下二级指标分值合计 ${groupSum.toString()}，应为 ${dim.weight.toString()}`,
          expected: dim.weight,
          actual: groupSum,
        });
      }
    }
  }
  const share = framework.settings.minOutputBenefitShare;
  if (share) {
    const outputBenefit = Decimal.sum(framework.dimensions.filter((dim) => dim.id === 'output' || dim.id === 'benefit').map((dim) => dim.weight));
    const required = framework.totalWeight.times(share);
    if (outputBenefit.lt(required)) {
      issues.push({
        code: 'outputBenefitShare',
        path: 'dimensions',
        message: `产出与效益分值合计 ${outputBenefit.toString()}，低于总分的 ${share.times(100).normalize().toString()}%（财预〔2020〕10号 第二十三条）`,
        expected: required,
        actual: outputBenefit,
      });
    }
  }
  return issues;
}

/** Every indicator sits in a known dimension and group, and the weights add up level by level. */
export function validateIndicatorWeights(framework: EvaluationFramework, indicators: readonly Indicator[]): WeightIssue[] {
  const issues: WeightIssue[] = [];
  const index = frameworkIndex(framework);
  const dimensionSums = new Map<string, Decimal>();
  const groupSums: Decimal[] = index.groups.map(() => Decimal.ZERO);
  indicators.forEach((indicator, i) => {
    const dim = index.dimension(indicator.level1);
    if (!dim) {
      issues.push({ code: 'unknownDimension', path: `indicators[${i}].level1`, message: `“${indicator.name}”的一级指标“${indicator.level1}”不在评价体系“${framework.name}”中` });
      return;
    }
    dimensionSums.set(dim.id, (dimensionSums.get(dim.id) ?? Decimal.ZERO).plus(indicator.weight));
    const slot = index.slot(indicator.level1, indicator.level2);
    if (slot === undefined) {
      issues.push({ code: 'unknownGroup', path: `indicators[${i}].level2`, message: `“${indicator.name}”的二级指标“${indicator.level2}”不在“${dim.name}”下` });
    } else {
      groupSums[slot] = (groupSums[slot] ?? Decimal.ZERO).plus(indicator.weight);
    }
  });
  let slot = 0;
  for (const dim of framework.dimensions) {
    const sum = dimensionSums.get(dim.id) ?? Decimal.ZERO;
    if (!sum.eq(dim.weight)) {
      issues.push({
        code: 'indicatorWeightsSum',
        path: `dimensions[${dim.id}]`,
        message: `“${dim.name}”下三级指标分值合计 ${sum.toString()}，应为 ${dim.weight.toString()}`,
        expected: dim.weight,
        actual: sum,
      });
    }
    for (const group of dim.groups) {
      const groupSum = groupSums[slot] ?? Decimal.ZERO;
      slot += 1;
      if (group.weight && !groupSum.eq(group.weight)) {
        issues.push({
          code: 'groupWeightsSum',
          path: `dimensions[${dim.id}].groups[${group.id}]`,
          message: `“${group.name}”下三级指标分值合计 ${groupSum.toString()}，应为 ${group.weight.toString()}`,
          expected: group.weight,
          actual: groupSum,
        });
      }
    }
  }
  return issues;
}
