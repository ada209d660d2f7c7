import type { ProjectFile } from '@jixiao/core';

type ProjectFacts = Omit<ProjectFile['project'], 'region' | 'fiscalYear' | 'name' | 'unit'> & {
  name?: string;
  fiscalYear?: number;
  unitName?: string;
};

/**
 * The project's facts as the sample report states them: the name in quotes before 项目
 * (“综治工作经费”项目, the most frequent such phrase wins), the unit (实施主体为…), the year, the
 * funding document (根据昌州财行（2022）1号文件) and the goals (1.总体目标… 2.阶段性目标).
 */
export function readFacts(text: string): ProjectFacts {
  const name = mostFrequent([...text.matchAll(/[“"「]([^”"」。，,；;]{2,40})[”"」]\s*项目/g)].map((m) => m[1] ?? ''));
  const unitName =
    /实施主体(?:为|是|：|:)\s*([^，,。；;\s]{2,40})/.exec(text)?.[1] ??
    /(?:项目(?:实施)?单位|实施单位|单位名称)\s*(?:为|是|：|:)\s*([^，,。；;\s]{2,40})/.exec(text)?.[1];
  const fundingDocument = /根据\s*([^，,。；;\s《》]{2,20}?[（(〔[]\d{4}[）)〕\]]\s*\d+\s*号)\s*文件?/.exec(text)?.[1];
  const fiscalYear = readYear(text, name);
  const overall = /总体目标\s*[：:]?\s*([^]*?)(?=\s*\d+\s*[.．、]\s*阶段性目标|阶段性目标|\n|$)/.exec(text)?.[1]?.trim();
  const supervisingDepartment = /主管部门\s*(?:为|是|：|:)\s*([^，,。；;\s]{2,40})/.exec(text)?.[1];
  return {
    ...(name ? { name } : {}),
    ...(fiscalYear ? { fiscalYear } : {}),
    ...(unitName ? { unitName } : {}),
    ...(supervisingDepartment ? { supervisingDepartment } : {}),
    ...(fundingDocument ? { fundingDocument } : {}),
    ...(overall ? { goals: { overall } } : {}),
  };
}

/** “2022年“综治工作经费”项目”, “对2022年度…”, “截至2022年12月31日”, else the most frequent year. */
function readYear(text: string, name: string | undefined): number | undefined {
  const candidates = [
    name ? new RegExp(String.raw`(\d{4})\s*年度?\s*[“"「]?${escape(name)}`) : undefined,
    /对\s*(\d{4})\s*年度/,
    /(\d{4})\s*年度/,
    /截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/,
  ];
  for (const pattern of candidates) {
    const year = pattern?.exec(text)?.[1];
    if (year) return Number(year);
  }
  const years = [...text.matchAll(/(20\d{2}|19\d{2})\s*年/g)].map((m) => m[1] ?? '');
  const year = mostFrequent(years);
  return year ? Number(year) : undefined;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ROLES = { 组长: 'lead', 副组长: 'deputyLead', 成员: 'member' } as const;

/** 索敏（昌吉州党委政法委常务副书记）任评价组组长 → { name, title, role: 'lead' } */
export function readTeam(text: string): NonNullable<NonNullable<ProjectFile['evaluation']>['team']> {
  const team: NonNullable<NonNullable<ProjectFile['evaluation']>['team']> = [];
  for (const m of text.matchAll(/([\u4e00-\u9fa5·]{2,5})\s*[（(]([^（()）]{2,40})[）)]\s*(?:任|为|担任)\s*(?:评价(?:工作)?组|工作组)?(副组长|组长|成员)/g)) {
    const role = ROLES[(m[3] ?? '成员') as keyof typeof ROLES];
    team.push({ name: m[1] ?? '', title: m[2] ?? '', role });
  }
  return team;
}

/** 部门评价 / 财政评价 / 单位自评, as the report calls itself; department when it does not say. */
export function readKind(text: string): 'departmentEvaluation' | 'financeEvaluation' | 'selfEvaluation' {
  if (/财政(?:重点)?(?:绩效)?评价/.test(text)) return 'financeEvaluation';
  if (/部门(?:项目支出)?(?:绩效)?评价/.test(text)) return 'departmentEvaluation';
  if (/自评/.test(text)) return 'selfEvaluation';
  return 'departmentEvaluation';
}
