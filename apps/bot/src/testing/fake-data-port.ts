import type { BotDataPort } from '../data/bot-data-port.js';
import type { AlertColour, BotUser, Grade, ProjectList, ProjectListItem, ProjectListQuery, ProjectStatus, UnitSummary } from '../data/shapes.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { Platform } from '../messages.js';
import { DEMO_PROJECTS, EDUCATION, PREFECTURE_PLA } from './demo-projects.js';

const DASHBOARD = 'https://jixiao.example.gov.cn';
const AS_OF = '2022-11-15';
/** Day 319 of 365. */
const TIME_PROGRESS = '87.40';

/** Chat user ids the fake maps: a 政法委 member and a finance reviewer who see everything, and a member of one unit. */
const USERS: Readonly<Record<string, BotUser>> = {
  'staff-001': { id: 'u-zhang', displayName: '张三', unitName: PREFECTURE_PLA },
  reviewer: { id: 'u-wang', displayName: '王五', unitName: null },
  'staff-edu': { id: 'u-li', displayName: '李四', unitName: EDUCATION },
};

/** Execution rates (percent, two decimals) by project index; 综治工作经费 2022 is the seed's 91.02%. */
const RATES = ['91.02', '60.00', '41.00', '88.10', '35.50', '97.30', '12.00', '70.25', '83.00', '66.60', '45.45'];

function cents(value: number): string {
  return `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

function statusOf(project: ProjectCandidate, index: number): ProjectStatus {
  const rate = RATES[index % RATES.length] ?? '50.00';
  // Budgets in fen: the seed's 综治工作经费 has 100 万元, the others (index + 3) × 10 万元.
  const budget = index === 0 ? 100_000_000 : (index + 3) * 10_000_000;
  const spent = Math.round((budget * Number(rate.replace('.', ''))) / 10_000);
  const alert: AlertColour = Number(rate) < 50 ? 'red' : Number(rate) < 80 ? 'amber' : 'green';
  const scored = project.name !== '见义勇为奖励经费';
  const score = index === 0 ? 92.5 : 60 + (index % 35);
  return {
    ...project,
    budgetAmount: cents(budget),
    receivedAmount: cents(budget),
    spentAmount: cents(spent),
    executionRate: rate,
    fundingRate: '100.00',
    timeProgress: TIME_PROGRESS,
    asOf: AS_OF,
    alert,
    alertReasons: alert === 'green' ? [] : [`执行率 ${rate}% 低于序时进度 ${TIME_PROGRESS}%`],
    totalScore: scored ? score.toFixed(2) : null,
    grade: scored ? gradeOf(score) : null,
    derivations: [
      { indicator: '决策 › 项目立项 › 立项依据充分性', score: '3', weight: '3', explanation: '依据充分' },
      { indicator: '产出 › 数量 › 宣传活动次数', score: '10', weight: '10', explanation: '目标 ≥2次，实际 3次' },
      { indicator: '过程 › 资金管理 › 预算执行率', score: '8.5', weight: '10', explanation: `执行率 ${rate}%` },
    ],
    failedIndicators: alert === 'red' ? [{ name: '宣传活动覆盖人数', target: '≥5000人', actual: '3200人', deviationReason: '疫情期间活动暂停' }] : [],
    dashboardUrl: `${DASHBOARD}/projects/${project.id}`,
  };
}

/**
 * An in-memory BotDataPort over the demo projects. `staff-001` sees every unit, `staff-edu` only 教育局,
 * so permission scoping is exercised the way the API will apply it.
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
    const year = query.fiscalYear ?? 2022;
    const rows = this.visible(user)
      .filter((p) => p.fiscalYear === year && (query.unitName === null || p.unitName === query.unitName))
      .map((p) => this.statuses.get(p.id))
      .filter((s): s is ProjectStatus => s !== undefined);
    const rate = (s: ProjectStatus) => Number(s.executionRate ?? '0');
    const filter = query.filter;
    let items: ProjectStatus[];
    switch (filter.kind) {
      case 'belowTimeProgress':
        items = rows.filter((s) => rate(s) < Number(s.timeProgress));
        break;
      case 'executionBelow':
        items = rows.filter((s) => rate(s) < filter.percent);
        break;
      case 'largestDeviation':
        items = [...rows].sort((a, b) => Math.abs(rate(b) - Number(b.timeProgress)) - Math.abs(rate(a) - Number(a.timeProgress))).slice(0, filter.limit);
        break;
      case 'lowestScore':
        items = rows.filter((s) => s.totalScore !== null).sort((a, b) => Number(a.totalScore) - Number(b.totalScore)).slice(0, filter.limit);
        break;
      case 'alerted':
        items = rows.filter((s) => s.alert !== 'green');
        break;
    }
    return Promise.resolve({ items: items.map(toItem), more: false, asOf: AS_OF, dashboardUrl: `${DASHBOARD}/monitoring` });
  }

  unitSummary(user: BotUser, unitName: string, fiscalYear: number | null): Promise<UnitSummary | null> {
    const year = fiscalYear ?? 2022;
    const rows = this.visible(user).filter((p) => p.unitName === unitName && p.fiscalYear === year);
    if (rows.length === 0) return Promise.resolve(null);
    const statuses = rows.map((p) => this.statuses.get(p.id)).filter((s): s is ProjectStatus => s !== undefined);
    const count = (colour: AlertColour) => statuses.filter((s) => s.alert === colour).length;
    return Promise.resolve({
      unitName,
      fiscalYear: year,
      projectCount: rows.length,
      budgetAmount: '8000000.00',
      receivedAmount: '8000000.00',
      spentAmount: '5123456.78',
      executionRate: '64.04',
      timeProgress: TIME_PROGRESS,
      asOf: AS_OF,
      alertCounts: { red: count('red'), amber: count('amber'), green: count('green') },
      dashboardUrl: `${DASHBOARD}/units/${encodeURIComponent(unitName)}`,
    });
  }

  dataAsOf(): Promise<string | null> {
    return Promise.resolve(AS_OF);
  }

  private visible(user: BotUser): readonly ProjectCandidate[] {
    return user.unitName === EDUCATION ? DEMO_PROJECTS.filter((p) => p.unitName === EDUCATION) : DEMO_PROJECTS;
  }
}

/** Glossary: 优 ≥90, 良 ≥80, 中 ≥60, 差 <60. */
function gradeOf(score: number): Grade {
  return score >= 90 ? 'excellent' : score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

function toItem(s: ProjectStatus): ProjectListItem {
  return { id: s.id, name: s.name, unitName: s.unitName, executionRate: s.executionRate, timeProgress: s.timeProgress, totalScore: s.totalScore, alert: s.alert };
}
