import type { EvaluationFramework, FrameworkDimension, FrameworkGroup } from './framework.js';

/**
 * A framework's groups numbered in framework order, with lookups by (level1, level2). Frameworks
 * are immutable data, so the index is built once per framework object and shared by every
 * evaluation scored or audited under it.
 */
export interface FrameworkIndex {
  /** Every group, dimension by dimension: slot i is `groups[i]`. */
  readonly groups: readonly FrameworkGroup[];
  /** The dimension index of each slot. */
  readonly dimensionOfSlot: readonly number[];
  dimension(level1: string): FrameworkDimension | undefined;
  slot(level1: string, level2: string): number | undefined;
}

const cache = new WeakMap<EvaluationFramework, FrameworkIndex>();

export function frameworkIndex(framework: EvaluationFramework): FrameworkIndex {
  let index = cache.get(framework);
  if (!index) {
    index = buildIndex(framework);
    cache.set(framework, index);
  }
  return index;
}

function buildIndex(framework: EvaluationFramework): FrameworkIndex {
  const groups: FrameworkGroup[] = [];
  const dimensionOfSlot: number[] = [];
  const dimensions = new Map<string, FrameworkDimension>();
  const slots = new Map<string, Map<string, number>>();
  framework.dimensions.forEach((dimension, d) => {
    dimensions.set(dimension.id, dimension);
    const byGroup = new Map<string, number>();
    slots.set(dimension.id, byGroup);
    for (const group of dimension.groups) {
      byGroup.set(group.id, groups.length);
      groups.push(group);
      dimensionOfSlot.push(d);
    }
  });
  return {
    groups,
    dimensionOfSlot,
    dimension: (level1) => dimensions.get(level1),
    slot: (level1, level2) => slots.get(level1)?.get(level2),
  };
}
