import type { ProjectCandidate } from '../intents/project-candidate.js';

export const PREFECTURE_PLA = '昌吉州党委政法委';
export const FINANCE = '昌吉州财政局';
export const EDUCATION = '昌吉州教育局';
export const HEALTH = '昌吉州卫生健康委员会';
export const WATER = '昌吉州水利局';
export const COUNTY_PLA = '玛纳斯县党委政法委';
export const FUKANG_WATER = '阜康市水利局';
export const FUKANG_WELFARE = '阜康市民政局';

/** The demo regions (GB/T 2260): the prefecture and two of its counties. */
export const PREFECTURE = { code: '652300', name: '昌吉回族自治州', level: 2, parentCode: null } as const;
export const FUKANG = { code: '652302', name: '阜康市', level: 3, parentCode: '652300' } as const;
export const MANAS = { code: '652324', name: '玛纳斯县', level: 3, parentCode: '652300' } as const;
export const DEMO_REGIONS = [PREFECTURE, FUKANG, MANAS] as const;

/** Which region each unit belongs to: prefecture units to the prefecture itself. */
export function regionOfUnit(unitName: string): string {
  if (unitName.startsWith('阜康市')) return FUKANG.code;
  if (unitName.startsWith('玛纳斯县')) return MANAS.code;
  return PREFECTURE.code;
}

const rows: readonly (readonly [string, string, number])[] = [
  ['综治工作经费', PREFECTURE_PLA, 2022],
  ['综治工作经费', PREFECTURE_PLA, 2021],
  ['扫黑除恶专项经费', PREFECTURE_PLA, 2022],
  ['平安建设宣传经费', PREFECTURE_PLA, 2022],
  ['铁路护路经费', PREFECTURE_PLA, 2022],
  ['社区网格化管理经费', PREFECTURE_PLA, 2022],
  ['综治中心建设经费', PREFECTURE_PLA, 2022],
  ['政法干部培训经费', PREFECTURE_PLA, 2022],
  ['见义勇为奖励经费', PREFECTURE_PLA, 2022],
  ['预算绩效管理经费', FINANCE, 2022],
  ['财政信息化建设经费', FINANCE, 2022],
  ['政府采购监管经费', FINANCE, 2022],
  ['国有资产管理经费', FINANCE, 2022],
  ['会计人员继续教育经费', FINANCE, 2022],
  ['学前教育保教费补助资金', EDUCATION, 2022],
  ['义务教育营养改善计划资金', EDUCATION, 2022],
  ['教师培训经费', EDUCATION, 2022],
  ['校舍安全维修经费', EDUCATION, 2022],
  ['学生资助补助经费', EDUCATION, 2022],
  ['基本公共卫生服务补助资金', HEALTH, 2022],
  ['家庭医生签约服务经费', HEALTH, 2022],
  ['疫情防控专项经费', HEALTH, 2022],
  ['妇幼健康服务经费', HEALTH, 2022],
  ['卫生健康监督执法经费', HEALTH, 2022],
  ['农田水利设施维修经费', WATER, 2022],
  ['河湖长制工作经费', WATER, 2022],
  ['水土保持治理经费', WATER, 2022],
  ['饮水安全巩固提升经费', WATER, 2022],
  ['防汛抗旱经费', WATER, 2022],
  ['综治维稳工作经费', COUNTY_PLA, 2022],
  ['平安建设宣传经费', COUNTY_PLA, 2022],
  ['平安建设专项经费', PREFECTURE_PLA, 2022],
  ['平安建设专项经费（二期）', PREFECTURE_PLA, 2021],
  ['农田灌溉节水改造经费', FUKANG_WATER, 2022],
  ['城乡低保补助资金', FUKANG_WELFARE, 2022],
  ['农村饮水工程维护经费', FUKANG_WATER, 2022],
];

/**
 * Thirty-six realistic projects of eight units in three regions (the demo prefecture is 昌吉州), including the
 * traps name resolution must handle: a project in two years, one name in two units, names sharing "综治", and a
 * second phase (（二期）) of an older year beside the first.
 */
export const DEMO_PROJECTS: readonly ProjectCandidate[] = rows.map(([name, unitName, fiscalYear], i) => ({
  id: `p${String(i + 1).padStart(2, '0')}`,
  name,
  unitName,
  fiscalYear,
}));
