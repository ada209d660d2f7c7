import { pinyin } from 'pinyin-pro';
import { normalizeText } from './normalize.js';

/** Generic endings that staff drop when they name a project (综治工作经费 → 综治). */
const GENERIC_SUFFIX = /(专项工作经费|专项经费|工作经费|补助经费|补助资金|专项资金|奖励经费|经费|资金|项目|补助)$/;
/** Region prefixes of unit names (昌吉州党委政法委 → 党委政法委 → 政法委). */
const REGION_PREFIX = /^(.{1,6}?(?:自治州|自治区|州|市|县|区))/;

/**
 * Alias derivation (NFKC, regexes, pinyin) dominates resolution time over large scopes, and the same names come
 * back with every question: results are memoised per name, and the memo is dropped when it grows too large.
 */
const CACHE_LIMIT = 100_000;

function memoised(derive: (name: string) => readonly string[]): (name: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (name) => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const aliases = derive(name);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(name, aliases);
    return aliases;
  };
}

/** Aliases of a project name in Chinese characters: the full name and the name without its generic ending. */
export const hanAliases = memoised((name) => {
  const full = normalizeText(name).replace(/\s/g, '');
  const core = full.replace(GENERIC_SUFFIX, '');
  return core.length >= 2 && core !== full ? [full, core] : [full];
});

/** Latin aliases: pinyin initials (zzgzjf) and full pinyin, for staff typing without switching the IME. */
export const pinyinAliases = memoised((han) => {
  const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const full = pinyin(han, { toneType: 'none', type: 'array' }).join('');
  return [initials, full].filter((alias) => /^[a-z]+$/.test(alias));
});

/**
 * Aliases of a unit name: full, without region, without 党委/人民政府, and the bare core without its
 * institution suffix (财政局 → 财政), longest first.
 */
export const unitAliases = memoised((unitName) => {
  const full = normalizeText(unitName).replace(/\s/g, '');
  const withoutRegion = full.replace(REGION_PREFIX, '');
  const core = withoutRegion.replace(/^(党委|人民政府|政府)/, '');
  const bare = core.replace(/(委员会|局|委|办公室|办|厅|院|中心)$/, '');
  const region = REGION_PREFIX.exec(full)?.[1];
  const aliases = [full, withoutRegion, core, ...(bare.length >= 2 ? [bare] : []), ...(region === undefined ? [] : [region])];
  return [...new Set(aliases)].filter((alias) => alias.length >= 2);
});
