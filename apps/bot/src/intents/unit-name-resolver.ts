import { unitAliases } from './aliases.js';
import { normalizeText } from './normalize.js';
import { AMBIGUITY_MARGIN, MATCH_THRESHOLD } from './project-name-resolver.js';
import { similarity } from './similarity.js';

export interface UnitResolution {
  readonly ranked: readonly { readonly unitName: string; readonly score: number }[];
  readonly ambiguous: boolean;
}

/**
 * Resolves a unit mention (政法委, 财政局, 卫健委) against unit names with the same similarity as projects.
 * When the asker's own unit is among equally good matches it wins: "政法委" said by a prefecture 政法委 member
 * means their own.
 */
export function resolveUnitName(mention: string, unitNames: readonly string[], ownUnitName: string | null): UnitResolution {
  const text = normalizeText(mention).replace(/\s/g, '');
  const ranked = unitNames
    .map((unitName) => ({ unitName, score: Math.max(0, ...unitAliases(unitName).map((alias) => similarity(text, alias))) }))
    .filter((r) => r.score >= MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score || Number(b.unitName === ownUnitName) - Number(a.unitName === ownUnitName));
  const [first, second] = ranked;
  const tied = first !== undefined && second !== undefined && first.score - second.score < AMBIGUITY_MARGIN;
  return { ranked, ambiguous: tied && first.unitName !== ownUnitName };
}
