import { DEPARTMENT_EVALUATION_2020, Decimal, SELF_EVALUATION_2020, type EvaluationFramework, type FrameworkInput, type ProjectFileIndicator } from '@jixiao/core';
import type { Unplaced } from '../document-read-error.js';
import { NATIONAL_DIMENSION_NAMES } from './levels.js';
import type { SourceCell } from './cell.js';

export interface SheetFramework {
  readonly kind: 'selfEvaluation' | 'departmentEvaluation';
  /** A built-in framework id when the sheet's weights are the national ones, else the sheet's own. */
  readonly framework: string | FrameworkInput;
}

/**
 * The framework a sheet scores by is the one it prints: each 一级指标 weighs what its label says
 * (“产出指标(70分)”) or, unlabelled, what its indicators add up to. Where that is the national
 * split (10/50/30/10, or the department framework's) the built-in framework is used; otherwise the
 * sheet's own, based on the national settings, with a note naming each difference — a sheet with
 * other weights is not wrong for that (湖北 20/80, 银川 10/25/30/35).
 */
export function sheetFramework(indicators: readonly ProjectFileIndicator[], labelWeights: ReadonlyMap<string, { readonly weight: string; readonly cell: SourceCell }>, notes: Unplaced[]): SheetFramework {
  const order: string[] = [];
  const sums = new Map<string, Decimal>();
  const groups = new Map<string, string[]>();
  for (const indicator of indicators) {
    if (!order.includes(indicator.level1)) order.push(indicator.level1);
    sums.set(indicator.level1, (sums.get(indicator.level1) ?? Decimal.ZERO).plus(Decimal.from(indicator.weight)));
    const seen = groups.get(indicator.level1) ?? [];
    if (!seen.includes(indicator.level2)) seen.push(indicator.level2);
    groups.set(indicator.level1, seen);
  }
  const weights = new Map(order.map((id) => [id, labelWeights.has(id) ? Decimal.from(labelWeights.get(id)?.weight ?? '0') : (sums.get(id) ?? Decimal.ZERO)]));
  const department = order.includes('decision') || order.includes('process');
  const base: EvaluationFramework = department ? DEPARTMENT_EVALUATION_2020 : SELF_EVALUATION_2020;
  const national = base.dimensions.length === order.length && base.dimensions.every((d) => weights.get(d.id)?.eq(d.weight) === true);
  const fitsBase = order.every((id) => base.dimensions.some((d) => d.id === id) && (groups.get(id) ?? []).every((g) => base.dimensions.find((d) => d.id === id)?.groups.some((bg) => bg.id === g)));
  const kind = department ? 'departmentEvaluation' : 'selfEvaluation';
  if (national && fitsBase) return { kind, framework: base.id };

  const differences = order.map((id) => {
    const own = weights.get(id) ?? Decimal.ZERO;
    const nationalWeight = base.dimensions.find((d) => d.id === id)?.weight;
    const name = base.dimensions.find((d) => d.id === id)?.name ?? NATIONAL_DIMENSION_NAMES[id] ?? id;
    return nationalWeight && nationalWeight.eq(own) ? undefined : `${name} ${own.toString()} 分（${base.name.replace(/（.*$/, '')}为 ${nationalWeight?.toString() ?? '无此项'}）`;
  });
  const missing = base.dimensions.filter((d) => !order.includes(d.id)).map((d) => `${d.name}（${d.weight.toString()} 分）`);
  notes.push({
    text: order.map((id) => `${NATIONAL_DIMENSION_NAMES[id] ?? id} ${weights.get(id)?.toString() ?? ''}`).join('、'),
    reason: `按表内权重评分，与全国权重不同：${[...differences.filter((d): d is string => d !== undefined), ...(missing.length > 0 ? [`表中没有${missing.join('、')}`] : [])].join('；') || '二级指标不同'}`,
    where: '',
  });
  return {
    kind,
    framework: {
      id: 'sheet-own-weights',
      name: '自评表自带权重',
      kind,
      basedOn: base.id,
      dimensions: order.map((id) => {
        const builtIn = base.dimensions.find((d) => d.id === id);
        const own = (groups.get(id) ?? []).filter((g) => !builtIn?.groups.some((bg) => bg.id === g)).map((g) => ({ id: g, name: g }));
        return {
          id,
          name: builtIn?.name ?? NATIONAL_DIMENSION_NAMES[id] ?? id,
          weight: (weights.get(id) ?? Decimal.ZERO).normalize().toString(),
          groups: [...(builtIn?.groups.map((g) => ({ id: g.id, name: g.name })) ?? []), ...own],
        };
      }),
    },
  };
}
