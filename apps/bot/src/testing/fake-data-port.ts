import { Decimal, Ratio } from '@jixiao/core';
import type { BotDataPort } from '../data/bot-data-port.js';
import type {
  AlertColour,
  BotUser,
  Grade,
  ProjectList,
  ProjectListItem,
  ProjectListQuery,
  ProjectStatus,
  RankedArea,
  RegionRef,
  RegionSummary,
  UnitSummary,
} from '../data/shapes.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { Platform } from '../messages.js';
import { DEMO_PROJECTS, DEMO_REGIONS, EDUCATION, FUKANG, PREFECTURE, PREFECTURE_PLA, regionOfUnit } from './demo-projects.js';

const DASHBOARD = 'https://jixiao.example.gov.cn';
const AS_OF = '2022-11-15';
/** Day 319 of 365. */
const TIME_PROGRESS = '87.40';

/**
 * Chat user ids the fake maps: a 政法委 member and a finance reviewer who see everything, a member of one unit,
 * the prefecture's leader (everything) and 阜康市's leader (that county's units only).
 */
const USERS: Readonly<Record<string, BotUser>> = {
  'staff-001': { id: 'u-zhang', displayName: '张三', unitName: PREFECTURE_PLA, regionCode: null },
  reviewer: { id: 'u-wang', displayName: '王五', unitName: null, regionCode: null },
  'staff-edu': { id: 'u-li', displayName: '李四', unitName: EDUCATION, regionCode: null },
  leader: { id: 'u-zhao', displayName: '赵六', unitName: null, regionCode: PREFECTURE.code },
  'leader-fukang': { id: 'u-sun', displayName: '孙七', unitName: null, regionCode: FUKANG.code },
};

/** Execution rates (percent, two decimals) by project index; 综治工作经费 2022 is the seed's 91.02%. */
const RATES = ['91.02', '60.00', '41.00', '88.10', '35.50', '97.30', '12.00', '70.25', '83.00', '66.60', '45.45'];

/** Fen → yuan text ("12345" → "123.45"). */
function cents(value: number): string {
  return `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/**
 * One project's figures, derived from its index so that every figure is reproducible. Execution is spent ÷
 * received: every fourth project has received only 80% of its budget, so the two denominators differ.
 */
function statusOf(project: ProjectCandidate, index: number): ProjectStatus {
  const rate = RATES[index % RATES.length] ?? '50.00';
  // Budgets in fen: the seed's 综治工作经费 has 100 万元, the others (index + 3) × 10 万元.
  const budget = index === 0 ? 100_000_000 : (index + 3) * 10_000_000;
  const received = index % 4 === 3 ? (budget * 8) / 10 : budget;
  const spent = Math.round((received * Number(rate.replace('.', ''))) / 10_000);
  const alert: AlertColour = Number(rate) < 50 ? 'red' : Number(rate) < 80 ? 'amber' : 'green';
  const scored = project.name !== '见义勇为奖励经费';
  const score = index === 0 ? 92.5 : 60 + (index % 35);
  // Every third scored project claims three points more than the core recomputes: the audit says so.
  const claimed = scored && index % 3 === 1 ? score + 3 : score;
  const supervision = 6 + (index % 10);
  const satisfied = alert !== 'red';
  return {
    ...project,
    budgetAmount: cents(budget),
    receivedAmount: cents(received),
    spentAmount: cents(spent),
    executionRate: rate,
    fundingRate: Ratio.of(Decimal.of(received * 100), Decimal.of(budget)).round(2).toFixed(2),
    timeProgress: TIME_PROGRESS,
    asOf: AS_OF,
    alert,
    alertReasons: alert === 'green' ? [] : [`执行率 ${rate}% 低于序时进度 ${TIME_PROGRESS}%`],
    totalScore: scored ? score.toFixed(2) : null,
    grade: scored ? gradeOf(score) : null,
    claimedScore: scored ? claimed.toFixed(2) : null,
    derivations: [
      { indicator: '决策 › 项目立项 › 立项依据充分性', score: '3', weight: '3', explanation: '依据充分' },
      { indicator: '产出 › 数量 › 宣传活动次数', score: '10', weight: '10', explanation: '目标 ≥2次，实际 3次' },
      { indicator: '过程 › 资金管理 › 预算执行率', score: '8.5', weight: '10', explanation: `执行率 ${rate}%` },
    ],
    indicators: [
      { name: '开展平安创建督导次数', target: '≥12次', actual: `${supervision}次`, score: '8.00', weight: '10', meetsTarget: supervision >= 12, deviationRate: Ratio.of(Decimal.of((supervision - 12) * 100), Decimal.of(12)).round(2).toFixed(2), deviationReason: supervision >= 12 ? null : '部分乡镇督导推迟到四季度' },
      { name: '宣传活动覆盖人数', target: '≥5000人', actual: alert === 'red' ? '3200人' : '5600人', score: alert === 'red' ? '6.40' : '10.00', weight: '10', meetsTarget: alert !== 'red', deviationRate: alert === 'red' ? '-36.00' : '12.00', deviationReason: alert === 'red' ? '疫情期间活动暂停' : null },
      { name: '群众满意度', target: '≥90%', actual: satisfied ? '93%' : '85%', score: satisfied ? '10.00' : '8.00', weight: '10', meetsTarget: satisfied, deviationRate: satisfied ? '3.33' : '-5.56', deviationReason: satisfied ? null : '回访样本偏少' },
    ],
    expenses: [
      { category: '宣传费', amount: cents(Math.round(spent * 0.3)) },
      { category: '差旅费', amount: cents(Math.round(spent * 0.2)) },
      { category: '培训费', amount: cents(spent - Math.round(spent * 0.3) - Math.round(spent * 0.2)) },
    ],
    auditFindings:
      scored && claimed !== score
        ? [{ severity: 'error', message: `自评总分 ${claimed.toFixed(2)} 分与按指标重算的 ${score.toFixed(2)} 分不一致` }]
        : [],
    dashboardUrl: `${DASHBOARD}/projects/${project.id}`,
  };
}

/**
 * An in-memory BotDataPort over the demo projects. `staff-001` sees every unit, `staff-edu` only 教育局,
 * `leader-fukang` only 阜康市's units, so permission scoping is exercised the way the API will apply it.
 * Without an asked year, lists and summaries take the latest year with data, as the API does.
 */
export class FakeDataPort implements BotDataPort {
  private readonly statuses = new Map(DEMO_PROJECTS.map((p, i) => [p.id, statusOf(p, i)]));

  userForChat(_platform: Platform, chatUserId: string): Promise<BotUser | null> {
    return Promise.resolve(USERS[chatUserId] ?? null);
  }

  projectCandidates(user: BotUser, fiscalYear: number | null): Promise<readonly ProjectCandidate[]> {
    return Promise.resolve(this.visible(user).filter((p) => fiscalYear === null || p.fiscalYear === fiscalYear));
  }

  projectStatus(user: BotUser, projectId: string): Promise<ProjectStatus | null> {
    const visible = this.visible(user).some((p) => p.id === projectId);
    return Promise.resolve(visible ? (this.statuses.get(projectId) ?? null) : null);
  }

  listProjects(user: BotUser, query: ProjectListQuery): Promise<ProjectList> {
    const year = query.fiscalYear ?? this.latestYear(user);
    const rows = this.visibleStatuses(user).filter((s) => s.fiscalYear === year && (query.unitName === null || s.unitName === query.unitName));
    const rate = (s: ProjectStatus) => Number(s.executionRate ?? '0');
    const filter = query.filter;
    let matching: ProjectStatus[];
    let limit = Number.POSITIVE_INFINITY;
    switch (filter.kind) {
      case 'belowTimeProgress':
        matching = rows.filter((s) => rate(s) < Number(s.timeProgress)).sort((a, b) => rate(a) - rate(b));
        break;
      case 'executionBelow':
        matching = rows.filter((s) => rate(s) < filter.percent).sort((a, b) => rate(a) - rate(b));
        break;
      case 'largestDeviation':
        matching = [...rows].sort((a, b) => Math.abs(rate(b) - Number(b.timeProgress)) - Math.abs(rate(a) - Number(a.timeProgress)));
        limit = filter.limit;
        break;
      case 'lowestScore':
        matching = rows.filter((s) => s.totalScore !== null).sort((a, b) => Number(a.totalScore) - Number(b.totalScore));
        limit = filter.limit;
        break;
      case 'rankByExecution':
        matching = [...rows].sort((a, b) => (filter.direction === 'asc' ? rate(a) - rate(b) : rate(b) - rate(a)));
        limit = filter.limit;
        break;
      case 'alerted':
        matching = rows.filter((s) => s.alert !== 'green');
        break;
    }
    const items = matching.slice(0, Math.min(limit, 10)).map(toItem);
    return Promise.resolve({ items, total: { count: matching.length, exact: true }, fiscalYear: year, asOf: AS_OF, dashboardUrl: `${DASHBOARD}/monitoring` });
  }

  unitSummary(user: BotUser, unitName: string, fiscalYear: number | null): Promise<UnitSummary | null> {
    const year = fiscalYear ?? this.latestYear(user);
    const statuses = this.visibleStatuses(user).filter((s) => s.unitName === unitName && s.fiscalYear === year);
    if (statuses.length === 0) return Promise.resolve(null);
    const totals = sums(statuses);
    return Promise.resolve({
      unitName,
      fiscalYear: year,
      projectCount: statuses.length,
      ...totals,
      timeProgress: TIME_PROGRESS,
      asOf: AS_OF,
      alertCounts: alertCounts(statuses),
      dashboardUrl: `${DASHBOARD}/units/${encodeURIComponent(unitName)}`,
    });
  }

  regions(): Promise<readonly RegionRef[]> {
    return Promise.resolve(DEMO_REGIONS);
  }

  regionSummary(user: BotUser, regionCode: string, fiscalYear: number): Promise<RegionSummary | null> {
    const region = DEMO_REGIONS.find((r) => r.code === regionCode);
    const inRegion = (unitName: string) => {
      const code = regionOfUnit(unitName);
      return code === regionCode || DEMO_REGIONS.some((r) => r.code === code && r.parentCode === regionCode);
    };
    const statuses = this.visibleStatuses(user).filter((s) => s.fiscalYear === fiscalYear && inRegion(s.unitName));
    if (region === undefined || statuses.length === 0) return Promise.resolve(null);
    const area = (name: string, of: readonly ProjectStatus[]): RankedArea => ({ name, projectCount: of.length, ...sums(of) });
    const byRate = (a: RankedArea, b: RankedArea) => Number(a.executionRate ?? Infinity) - Number(b.executionRate ?? Infinity);
    const subRegions = DEMO_REGIONS.filter((r) => r.parentCode === regionCode)
      .map((r) => area(r.name, statuses.filter((s) => regionOfUnit(s.unitName) === r.code)))
      .filter((a) => a.projectCount > 0)
      .sort(byRate);
    const units = [...new Set(statuses.map((s) => s.unitName))].map((u) => area(u, statuses.filter((s) => s.unitName === u))).sort(byRate);
    return Promise.resolve({
      regionName: region.name,
      fiscalYear,
      projectCount: statuses.length,
      ...sums(statuses),
      timeProgress: TIME_PROGRESS,
      asOf: AS_OF,
      alertCounts: alertCounts(statuses),
      subRegions,
      units,
      dashboardUrl: `${DASHBOARD}/`,
    });
  }

  dataAsOf(): Promise<string | null> {
    return Promise.resolve(AS_OF);
  }

  private latestYear(user: BotUser): number {
    return Math.max(...this.visible(user).map((p) => p.fiscalYear));
  }

  private visibleStatuses(user: BotUser): ProjectStatus[] {
    return this.visible(user)
      .map((p) => this.statuses.get(p.id))
      .filter((s): s is ProjectStatus => s !== undefined);
  }

  private visible(user: BotUser): readonly ProjectCandidate[] {
    if (user.unitName === EDUCATION) return DEMO_PROJECTS.filter((p) => p.unitName === EDUCATION);
    if (user.regionCode === FUKANG.code) return DEMO_PROJECTS.filter((p) => regionOfUnit(p.unitName) === FUKANG.code);
    return DEMO_PROJECTS;
  }
}

/** Totals of a set, execution = spent ÷ received over the set (exact decimals). */
function sums(statuses: readonly ProjectStatus[]): { budgetAmount: string; receivedAmount: string; spentAmount: string; executionRate: string | null } {
  const total = (pick: (s: ProjectStatus) => string) => Decimal.sum(statuses.map((s) => Decimal.from(pick(s))));
  const received = total((s) => s.receivedAmount);
  const spent = total((s) => s.spentAmount);
  return {
    budgetAmount: total((s) => s.budgetAmount).toFixed(2),
    receivedAmount: received.toFixed(2),
    spentAmount: spent.toFixed(2),
    executionRate: received.isZero() ? null : Ratio.of(spent.times(100), received).round(2).toFixed(2),
  };
}

function alertCounts(statuses: readonly ProjectStatus[]): Record<AlertColour, number> {
  const count = (colour: AlertColour) => statuses.filter((s) => s.alert === colour).length;
  return { red: count('red'), amber: count('amber'), green: count('green') };
}

/** Glossary: 优 ≥90, 良 ≥80, 中 ≥60, 差 <60. */
function gradeOf(score: number): Grade {
  return score >= 90 ? 'excellent' : score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

function toItem(s: ProjectStatus): ProjectListItem {
  return { id: s.id, name: s.name, unitName: s.unitName, executionRate: s.executionRate, timeProgress: s.timeProgress, totalScore: s.totalScore, alert: s.alert };
}
