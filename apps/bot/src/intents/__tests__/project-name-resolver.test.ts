import { describe, expect, it } from 'vitest';
import { COUNTY_PLA, DEMO_PROJECTS, PREFECTURE_PLA } from '../../testing/demo-projects.js';
import { hanAliases } from '../aliases.js';
import { normalizeText } from '../normalize.js';
import { splitPhase } from '../phase.js';
import { bestScore, MATCH_THRESHOLD, ProjectNameResolver } from '../project-name-resolver.js';
import { resolveUnitName } from '../unit-name-resolver.js';

const resolver = new ProjectNameResolver(DEMO_PROJECTS);
const top = (mention: string, year: number | null = null) => {
  const resolution = resolver.resolve(mention, year);
  return { name: resolution.ranked[0]?.candidate.name, unit: resolution.ranked[0]?.candidate.unitName, year: resolution.ranked[0]?.candidate.fiscalYear, ambiguous: resolution.ambiguous };
};

describe('ProjectNameResolver', () => {
  it('ranks an exact full name first and unambiguously', () => {
    expect(top('综治工作经费')).toEqual({ name: '综治工作经费', unit: PREFECTURE_PLA, year: 2022, ambiguous: false });
  });

  it('accepts dropped characters, abbreviations, pinyin initials and full-width letters', () => {
    expect(top('综治经费').name).toBe('综治工作经费');
    expect(top('扫黑').name).toBe('扫黑除恶专项经费');
    expect(top('zzgzjf').name).toBe('综治工作经费');
    expect(top('ＺＺＧＺＪＦ').name).toBe('综治工作经费');
    expect(top('zongzhigongzuojingfei').name).toBe('综治工作经费');
  });

  it('prefers a containing name over a partial one even when the partial shares the prefix', () => {
    expect(top('综治中心').name).toBe('综治中心建设经费');
    expect(top('综治中心').ambiguous).toBe(false);
  });

  it('flags the same name in two units as ambiguous, and a unit prefix settles it', () => {
    const resolution = resolver.resolve('平安建设宣传经费');
    expect(resolution.ambiguous).toBe(true);
    expect(resolution.ranked.slice(0, 2).map((r) => r.candidate.unitName).sort()).toEqual([COUNTY_PLA, PREFECTURE_PLA].sort());
    expect(top('玛纳斯县的平安建设宣传经费')).toMatchObject({ unit: COUNTY_PLA, ambiguous: false });
  });

  it('takes the latest year without a year, and only the asked year with one', () => {
    expect(top('综治工作经费').year).toBe(2022);
    expect(top('综治工作经费', 2021).year).toBe(2021);
    expect(resolver.resolve('综治工作经费', 2019).ranked).toEqual([]);
  });

  it('finds nothing for unrelated words, generic words alone or an empty mention', () => {
    expect(resolver.resolve('你好').ranked).toEqual([]);
    expect(resolver.resolve('天气').ranked).toEqual([]);
    expect(resolver.resolve('').ranked).toEqual([]);
    expect(resolver.resolve('xyz').ranked).toEqual([]);
  });

  it('asks back rather than guessing when a generic word matches many names equally', () => {
    const resolution = resolver.resolve('管理经费');
    expect(resolution.ambiguous).toBe(true);
    expect(resolution.ranked.length).toBeGreaterThan(2);
  });

  it('matches a phase only to that phase, and a name without a phase to the project without one', () => {
    expect(top('平安建设二期')).toMatchObject({ name: '平安建设专项经费（二期）', year: 2021, ambiguous: false });
    expect(top('平安建设专项经费第2期')).toMatchObject({ name: '平安建设专项经费（二期）' });
    expect(resolver.resolve('平安建设三期').ranked).toEqual([]);
    expect(top('平安建设专项经费')).toMatchObject({ name: '平安建设专项经费', year: 2022, ambiguous: false });
  });

  it('matches pinyin only where the mention is part of a pinyin alias', () => {
    expect(top('shce').name).toBe('扫黑除恶专项经费');
    // Five of six letters in order (xszzbzjf) are no match for zzgzjf.
    const education = new ProjectNameResolver(DEMO_PROJECTS.filter((p) => p.unitName === '昌吉州教育局'));
    expect(education.resolve('zzgzjf').ranked).toEqual([]);
  });

  it('scores through the character index exactly what a scan of every candidate would', () => {
    const mentions = ['综治经费', '综治工做经费', '扫黑', '管理经费', '平安建设', '教育资金', '卫生监督', '水利维修', '饮水', '经费', '网格管理', '培训'];
    for (const mention of mentions) {
      const text = normalizeText(mention).replace(/\s/g, '');
      const scanned = DEMO_PROJECTS.filter((c) => {
        const latest = !DEMO_PROJECTS.some((o) => o.name === c.name && o.unitName === c.unitName && o.fiscalYear > c.fiscalYear);
        const phaseless = splitPhase(normalizeText(c.name).replace(/\s/g, ''));
        const score = Math.max(bestScore(text, hanAliases(c.name)), phaseless.phase === null ? 0 : bestScore(text, hanAliases(phaseless.rest)) * 0.9);
        return latest && score >= MATCH_THRESHOLD;
      }).map((c) => c.id);
      expect(resolver.resolve(mention).ranked.map((r) => r.candidate.id).sort(), mention).toEqual(scanned.sort());
    }
  });

  it('works on an empty candidate list', () => {
    expect(new ProjectNameResolver([]).resolve('综治').ranked).toEqual([]);
  });
});

describe('resolveUnitName', () => {
  const units = [...new Set(DEMO_PROJECTS.map((p) => p.unitName))];

  it('resolves short forms and abbreviations', () => {
    expect(resolveUnitName('财政局', units, null).ranked[0]?.unitName).toBe('昌吉州财政局');
    expect(resolveUnitName('财政', units, null).ranked[0]?.unitName).toBe('昌吉州财政局');
    expect(resolveUnitName('卫健委', units, null).ranked[0]?.unitName).toBe('昌吉州卫生健康委员会');
  });

  it('prefers the asker’s own unit among equal matches and is ambiguous otherwise', () => {
    expect(resolveUnitName('政法委', units, PREFECTURE_PLA)).toMatchObject({ ambiguous: false, ranked: [{ unitName: PREFECTURE_PLA }, {}] });
    expect(resolveUnitName('政法委', units, COUNTY_PLA).ranked[0]?.unitName).toBe(COUNTY_PLA);
    expect(resolveUnitName('政法委', units, null).ambiguous).toBe(true);
  });
});

describe('ProjectNameResolver over a large scope', () => {
  // How fast is measured by the bot's pnpm bench; here: still the right answer at a large scope.
  it('resolves among 20,000 candidates', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => {
      const p = DEMO_PROJECTS[i % DEMO_PROJECTS.length] ?? DEMO_PROJECTS[0];
      if (p === undefined) throw new Error('no demo projects');
      return { ...p, id: `x${i}`, name: `${p.name.slice(0, 2)}${i}${p.name.slice(2)}`, unitName: `${p.unitName}${i % 300}` };
    });
    const resolution = new ProjectNameResolver(many).resolve('综治工作经费');
    expect(resolution.ranked.length).toBeGreaterThan(0);
    expect(resolution.ranked[0]?.candidate.name).toMatch(/^综治\d+工作经费$/);
  });
});
