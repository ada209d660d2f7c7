import { Decimal, formatIsoDate, parseIsoDate } from '@jixiao/core';
import { Injectable, Inject } from '@nestjs/common';
import { and } from 'drizzle-orm';
import { inRegion, projectScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Clock } from '../../common/clock.js';
import { Rate } from '../../common/models/rate.model.js';
import { requireRegionCode } from '../../common/validation/ids.js';
import { requireDate, requireFiscalYear } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { projects } from '../../database/schema/index.js';
import { completedMonths } from '../analysis/project-analysis.js';
import { monitoringDate } from '../monitoring/monitoring-date.js';
import { DashboardService } from './dashboard.service.js';
import type { RankingEntry, RankingFigures, Rankings } from './models/rankings.model.js';
import { ownUnitsRegions } from './own-units.js';
import { rankingRows, spentByMonth, type RankingRow } from './rankings.query.js';

interface Sums {
  projectCount: number;
  received: Decimal;
  spent: Decimal;
  scoredCount: number;
  scoreSum: Decimal;
  claimedCount: number;
  gapSum: Decimal;
}

/** Units and regions side by side, this year against the same point of last year (同比). */
@Injectable()
export class RankingsService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly clock: Clock,
    private readonly dashboard: DashboardService,
  ) {}

  async rankings(ctx: RequestContext, year: number | undefined, regionCode: string | undefined, asOf: string | undefined): Promise<Rankings> {
    const region = regionCode === undefined ? undefined : requireRegionCode('regionCode', regionCode);
    const requested = asOf === undefined ? undefined : parseIsoDate(requireDate('asOf', asOf, '日期'));
    const fiscalYear = year === undefined ? ((await this.dashboard.fiscalYears(ctx, region))[0] ?? this.clock.today().year) : requireFiscalYear('fiscalYear', year);
    const scope = and(projectScope(ctx, 'read'), region === undefined ? undefined : inRegion(projects.regionCode, region));
    const rows = await rankingRows(this.db, scope, [fiscalYear, fiscalYear - 1]);
    const current = rows.filter((row) => row.fiscalYear === fiscalYear);
    const latest = current.reduce<string | null>((max, row) => (row.latestAsOf !== null && (max === null || row.latestAsOf > max) ? row.latestAsOf : max), null);
    const date = requested ?? monitoringDate(latest, fiscalYear, this.clock.today());
    const months = completedMonths(date, fiscalYear);
    // A closed year is compared with last year's closed figures; a year in progress with what last year had paid by the same month-end.
    const previousSpent = months < 12 ? await spentByMonth(this.db, scope, fiscalYear - 1, months) : undefined;
    const previous = rows
      .filter((row) => row.fiscalYear === fiscalYear - 1)
      .map((row) => (previousSpent ? { ...row, spentAmount: previousSpent.get(row.unitId) ?? '0' } : row));

    const unitSums = (list: readonly RankingRow[]) => new Map(list.map((row) => [row.unitId, { row, sums: toSums(row) }]));
    const now = unitSums(current);
    const before = unitSums(previous);
    const units: RankingEntry[] = [...now.values()].map(({ row, sums }) => {
      const last = before.get(row.unitId);
      return { key: row.unitId, name: row.unitName, regionCode: row.regionCode, ownUnits: false, current: figures(sums), previous: last ? figures(last.sums) : null };
    });

    const byRegion = (list: readonly RankingRow[]) => {
      const regions = new Map<string, { name: string; sums: Sums }>();
      for (const row of list) {
        const entry = regions.get(row.regionCode) ?? { name: row.regionName, sums: emptySums() };
        add(entry.sums, toSums(row));
        regions.set(row.regionCode, entry);
      }
      return regions;
    };
    const regionsNow = byRegion(current);
    const regionsBefore = byRegion(previous);
    const own = ownUnitsRegions(regionsNow.keys());
    const regions: RankingEntry[] = [...regionsNow.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { name, sums }]) => {
        const last = regionsBefore.get(code);
        return { key: code, name, regionCode: code, ownUnits: own.has(code), current: figures(sums), previous: last ? figures(last.sums) : null };
      });

    return { fiscalYear, asOf: formatIsoDate(date), months, provisional: months < 12, units, regions };
  }
}

function toSums(row: RankingRow): Sums {
  return {
    projectCount: row.projectCount,
    received: Decimal.from(row.receivedAmount),
    spent: Decimal.from(row.spentAmount),
    scoredCount: row.scoredCount,
    scoreSum: Decimal.from(row.scoreSum ?? '0'),
    claimedCount: row.claimedCount,
    gapSum: Decimal.from(row.gapSum ?? '0'),
  };
}

function emptySums(): Sums {
  return { projectCount: 0, received: Decimal.ZERO, spent: Decimal.ZERO, scoredCount: 0, scoreSum: Decimal.ZERO, claimedCount: 0, gapSum: Decimal.ZERO };
}

function add(into: Sums, sums: Sums): void {
  into.projectCount += sums.projectCount;
  into.received = into.received.plus(sums.received);
  into.spent = into.spent.plus(sums.spent);
  into.scoredCount += sums.scoredCount;
  into.scoreSum = into.scoreSum.plus(sums.scoreSum);
  into.claimedCount += sums.claimedCount;
  into.gapSum = into.gapSum.plus(sums.gapSum);
}

function figures(sums: Sums): RankingFigures {
  return {
    projectCount: sums.projectCount,
    executionRate: sums.received.isZero() ? null : Rate.of(sums.spent.dividedBy(sums.received)),
    scoredCount: sums.scoredCount,
    averageScore: sums.scoredCount === 0 ? null : sums.scoreSum.dividedBy(sums.scoredCount).round(2),
    claimedCount: sums.claimedCount,
    scoreGap: sums.claimedCount === 0 ? null : sums.gapSum.dividedBy(sums.claimedCount).round(2),
  };
}
