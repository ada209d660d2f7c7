import type { RegionRef } from '../data/shapes.js';
import { normalizeText } from './normalize.js';

/** 昌吉回族自治州 → 昌吉州, 昌吉; 阜康市 → 阜康; 玛纳斯县 → 玛纳斯. */
function regionAliases(name: string): string[] {
  const core = name.replace(/(回族|维吾尔|哈萨克|蒙古|藏族)?(自治州|自治县|自治区|地区|州|市|县|区)$/, '');
  return [...new Set([name, `${core}州`, `${core}市`, `${core}县`, core])].filter((a) => a.length >= 2);
}

/**
 * The region a mention names exactly (by full name or short form), or undefined. Regions are few and their
 * short forms distinctive, so only exact alias matches count: "阜康市水利局" is a unit, not the region.
 */
export function resolveRegionName(mention: string, regions: readonly RegionRef[]): RegionRef | undefined {
  const text = normalizeText(mention).replace(/\s/g, '');
  if (text === '') return undefined;
  return regions.find((region) => regionAliases(region.name).includes(text));
}
