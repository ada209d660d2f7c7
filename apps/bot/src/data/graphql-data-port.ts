import { Decimal } from '@jixiao/core';
import {
  BotLatestYearDocument,
  BotMeDocument,
  BotProjectNamesDocument,
  BotProjectStatusDocument,
  BotRegionOverviewDocument,
  BotRegionsDocument,
  BotUnitAlertCountsDocument,
  BotUnitOverviewDocument,
  type BotProjectNamesQuery,
  type BotProjectNamesQueryVariables,
  type BotAreaSummaryFragment,
  type ProjectFilter,
} from '@jixiao/contract';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { Platform } from '../messages.js';
import type { BotDataPort } from './bot-data-port.js';
import { CandidateCache } from './graphql/candidate-cache.js';
import { chatUserHeader, UnmappedChatUser, type JixiaoApi } from './graphql/jixiao-api.js';
import { listProjects } from './graphql/project-lists.js';
import { toProjectStatus } from './graphql/to-project-status.js';
import type { BotUser, ProjectList, ProjectListQuery, ProjectStatus, RankedArea, RegionRef, RegionSummary, UnitSummary } from './shapes.js';

export interface GraphqlDataPortOptions {
  /** The dashboard's address for links, e.g. http://localhost:3000 (the API serves the built dashboard). */
  readonly dashboardUrl: string;
  readonly candidates?: CandidateCache;
}

/**
 * `BotDataPort` over the API's GraphQL: every call carries the service token and the asking chat user, so the
 * API applies that user's permissions; the bot never widens them. A chat user the API does not know gets null
 * from `userForChat` and therefore no data.
 */
export class GraphqlDataPort implements BotDataPort {
  /** Which chat user each returned BotUser stands for: later calls must act as that same chat user. */
  private readonly chatUsers = new WeakMap<BotUser, string>();
  private readonly candidates: CandidateCache;
  private readonly dashboardUrl: string;
  private regionList: Promise<readonly RegionRef[]> | undefined;

  constructor(
    private readonly api: JixiaoApi,
    options: GraphqlDataPortOptions,
  ) {
    this.dashboardUrl = options.dashboardUrl.replace(/\/+$/, '');
    this.candidates = options.candidates ?? new CandidateCache();
  }

  async userForChat(platform: Platform, chatUserId: string): Promise<BotUser | null> {
    const chatUser = chatUserHeader(platform, chatUserId);
    try {
      const { me, units } = await this.api.query(BotMeDocument, {}, chatUser);
      const unitName = me.unitId === null ? null : (units.find((u) => u.id === me.unitId)?.name ?? null);
      const user: BotUser = { id: me.id, displayName: me.displayName, unitName, regionCode: me.regionCode };
      this.chatUsers.set(user, chatUser);
      return user;
    } catch (error) {
      if (error instanceof UnmappedChatUser) return null;
      throw error;
    }
  }

  async projectCandidates(user: BotUser, fiscalYear: number | null): Promise<readonly ProjectCandidate[]> {
    const chatUser = this.chatUserOf(user);
    const all = await this.candidates.get(chatUser, () => this.loadCandidates(chatUser));
    return fiscalYear === null ? all : all.filter((c) => c.fiscalYear === fiscalYear);
  }

  async projectStatus(user: BotUser, projectId: string): Promise<ProjectStatus | null> {
    const { project } = await this.api.query(BotProjectStatusDocument, { id: projectId }, this.chatUserOf(user));
    return project === null ? null : toProjectStatus(project, `${this.dashboardUrl}/projects/${encodeURIComponent(project.id)}`);
  }

  async listProjects(user: BotUser, query: ProjectListQuery): Promise<ProjectList> {
    const chatUser = this.chatUserOf(user);
    const latest = await this.latest(chatUser);
    const fiscalYear = query.fiscalYear ?? latest?.fiscalYear ?? null;
    const asOf = latest?.monitoringDate ?? '';
    const dashboardUrl = `${this.dashboardUrl}/monitoring`;
    const none = { items: [], total: { count: 0, exact: true }, fiscalYear, asOf, dashboardUrl };
    if (fiscalYear === null) return none;
    const scope: ProjectFilter = { fiscalYear };
    if (query.regionCode !== null) scope.regionCode = query.regionCode;
    if (query.unitName !== null) {
      const unitId = await this.unitId(chatUser, query.unitName);
      if (unitId === null) return none;
      scope.unitId = unitId;
    }
    const listed = await listProjects(this.api, chatUser, scope, query.filter);
    return { items: listed.items, total: listed.total, fiscalYear, asOf: listed.asOf ?? asOf, dashboardUrl };
  }

  async unitSummary(user: BotUser, unitName: string, fiscalYear: number | null): Promise<UnitSummary | null> {
    const chatUser = this.chatUserOf(user);
    const year = fiscalYear ?? (await this.latest(chatUser))?.fiscalYear;
    if (year === undefined) return null;
    const { dashboardOverview: overview } = await this.api.query(BotUnitOverviewDocument, { fiscalYear: year }, chatUser);
    const unit = overview.byUnit.find((u) => u.unitName === unitName);
    if (unit === undefined) return null;
    const counts = await this.api.query(BotUnitAlertCountsDocument, { unitId: unit.unitId, fiscalYear: year }, chatUser);
    const { summary } = unit;
    return {
      unitName,
      fiscalYear: year,
      projectCount: summary.projectCount,
      budgetAmount: summary.adjustedBudgetAmount.yuan,
      receivedAmount: summary.receivedAmount.yuan,
      spentAmount: summary.spentAmount.yuan,
      executionRate: summary.executionRate?.percent ?? null,
      timeProgress: overview.timeProgress.percent,
      asOf: overview.asOf,
      alertCounts: { red: counts.red.totalCount, amber: counts.amber.totalCount, green: counts.green.totalCount },
      dashboardUrl: `${this.dashboardUrl}/`,
    };
  }

  /** Reference data, the same for everyone: read once, then kept (a failed read is retried by the next question). */
  regions(user: BotUser): Promise<readonly RegionRef[]> {
    this.regionList ??= this.api.query(BotRegionsDocument, {}, this.chatUserOf(user)).then(
      ({ regions }) => regions,
      (error: unknown) => {
        this.regionList = undefined;
        throw error;
      },
    );
    return this.regionList;
  }

  async regionSummary(user: BotUser, regionCode: string, fiscalYear: number): Promise<RegionSummary | null> {
    const chatUser = this.chatUserOf(user);
    const [{ dashboardOverview: overview }, regions] = await Promise.all([
      this.api.query(BotRegionOverviewDocument, { fiscalYear, regionCode }, chatUser),
      this.regions(user),
    ]);
    const region = regions.find((r) => r.code === regionCode);
    if (region === undefined || overview.totals.projectCount === 0) return null;
    const children = new Set(regions.filter((r) => r.parentCode === regionCode).map((r) => r.code));
    return {
      regionName: region.name,
      fiscalYear,
      projectCount: overview.totals.projectCount,
      budgetAmount: overview.totals.adjustedBudgetAmount.yuan,
      receivedAmount: overview.totals.receivedAmount.yuan,
      spentAmount: overview.totals.spentAmount.yuan,
      executionRate: overview.totals.executionRate?.percent ?? null,
      timeProgress: overview.timeProgress.percent,
      asOf: overview.asOf,
      alertCounts: { red: overview.alertCounts.red, amber: overview.alertCounts.amber, green: overview.alertCounts.green },
      subRegions: overview.byRegion.filter((r) => children.has(r.regionCode)).map((r) => rankedArea(r.regionName, r.summary)).sort(byRate),
      units: overview.byUnit.map((u) => rankedArea(u.unitName, u.summary)).sort(byRate),
      dashboardUrl: `${this.dashboardUrl}/`,
    };
  }

  async dataAsOf(user: BotUser): Promise<string | null> {
    return (await this.latest(this.chatUserOf(user)))?.monitoringDate ?? null;
  }

  private chatUserOf(user: BotUser): string {
    const chatUser = this.chatUsers.get(user);
    if (chatUser === undefined) throw new Error('GraphqlDataPort: the user did not come from this port’s userForChat');
    return chatUser;
  }

  /** Every project name the chat user may read, page by page (the API serves at most 100 per page). */
  private async loadCandidates(chatUser: string): Promise<readonly ProjectCandidate[]> {
    const candidates: ProjectCandidate[] = [];
    let after: string | null = null;
    do {
      // The first page is asked without `after`: the API reads an explicit null as a (broken) cursor.
      const variables: BotProjectNamesQueryVariables = after === null ? {} : { after };
      const { projects }: BotProjectNamesQuery = await this.api.query(BotProjectNamesDocument, variables, chatUser);
      for (const p of projects.nodes) candidates.push({ id: p.id, name: p.name, unitName: p.unit.name, fiscalYear: p.fiscalYear });
      after = projects.pageInfo.hasNextPage ? projects.pageInfo.endCursor : null;
    } while (after !== null);
    return candidates;
  }

  private async latest(chatUser: string): Promise<{ fiscalYear: number; monitoringDate: string } | null> {
    const { projects } = await this.api.query(BotLatestYearDocument, {}, chatUser);
    return projects.nodes[0] ?? null;
  }

  private async unitId(chatUser: string, unitName: string): Promise<string | null> {
    const { units } = await this.api.query(BotMeDocument, {}, chatUser);
    return units.find((u) => u.name === unitName)?.id ?? null;
  }
}

function rankedArea(name: string, summary: BotAreaSummaryFragment): RankedArea {
  return {
    name,
    projectCount: summary.projectCount,
    receivedAmount: summary.receivedAmount.yuan,
    spentAmount: summary.spentAmount.yuan,
    executionRate: summary.executionRate?.percent ?? null,
  };
}

/** Lowest execution first (exact decimals); areas without a rate (nothing received) last. */
function byRate(a: RankedArea, b: RankedArea): number {
  if (a.executionRate === null || b.executionRate === null) return Number(a.executionRate === null) - Number(b.executionRate === null);
  return Decimal.from(a.executionRate).compare(b.executionRate);
}
