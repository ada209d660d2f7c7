import { Decimal, formatIsoDate, formatPercent, formatWanYuan, Ratio, type PlainDate } from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { projectScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { DB, type Db } from '../../database/database.types.js';
import { evaluations, projects, units } from '../../database/schema/index.js';
import { executionAlertColourSql, hasIndicatorColourSql } from '../monitoring/execution-alert.sql.js';
import { AlertColour } from '../projects/models/enums.js';
import type { DigestContent, DigestItem, DigestSection } from './models/digest.model.js';

/** Items listed per section; the section's total says how many there are in all. */
export const DIGEST_ITEMS_SHOWN = 10;

export interface ComputedDigest {
  readonly content: DigestContent;
  /** The red/amber execution alerts now (`projectId:colour`): the next digest reports only others. */
  readonly alertKeys: string[];
}

/**
 * What a digest says, computed with the subscription owner's read and evaluate scopes (the same row scopes as
 * every query), for the current fiscal year at today's 序时进度.
 */
@Injectable()
export class DigestContentService {
  constructor(@Inject(DB) private readonly db: Db) {}

  async compute(ctx: RequestContext, today: PlainDate, previous: { since: Date | null; reportedAlerts: readonly string[] }): Promise<ComputedDigest> {
    const year = today.year;
    const readable = and(projectScope(ctx, 'read'), eq(projects.fiscalYear, year));
    const colour = executionAlertColourSql(today);

    const [counted] = await this.db.select({ n: count() }).from(projects).where(readable);
    const alerts = await this.projectRows(and(readable, inArray(colour, ['red', 'amber'])), colour);
    const alertKeys = alerts.map((row) => alertKey(row.id, row.colour));
    const reported = new Set(previous.reportedAlerts);
    const fresh = alerts.filter((row) => !reported.has(alertKey(row.id, row.colour)));

    const indicatorRed = hasIndicatorColourSql('red', today);
    const indicatorAmber = hasIndicatorColourSql('amber', today);
    const indicatorColour = sql<'red' | 'amber' | null>`(case when ${indicatorRed} then 'red' when ${indicatorAmber} then 'amber' end)`;
    const behind = await this.projectRows(and(readable, sql`(${indicatorRed} or ${indicatorAmber})`), indicatorColour);

    const drafts = await this.db
      .select({ id: projects.id, name: projects.name, unitName: units.name, fiscalYear: projects.fiscalYear })
      .from(evaluations)
      .innerJoin(projects, eq(projects.id, evaluations.projectId))
      .innerJoin(units, eq(units.id, projects.unitId))
      .where(and(projectScope(ctx, 'evaluate'), projectScope(ctx, 'read'), eq(evaluations.status, 'draft')))
      .orderBy(asc(projects.fiscalYear), asc(projects.name), asc(projects.id));

    const yearEnd = `${year}-12-31`;
    return {
      alertKeys,
      content: {
        fiscalYear: year,
        asOf: formatIsoDate(today),
        projectCount: counted?.n ?? 0,
        since: previous.since?.toISOString() ?? null,
        newAlerts: section(fresh.map(executionItem)),
        alertCount: alerts.length,
        behindIndicators: section(behind.map((row) => item(row, row.colour, '有绩效指标完成进度低于序时进度'))),
        awaitingEvaluations: section(drafts.map((row) => item(row, null, '绩效评价尚未提交'))),
        yearEnd,
        daysToYearEnd: Math.round((Date.parse(`${yearEnd}T00:00:00Z`) - Date.parse(`${formatIsoDate(today)}T00:00:00Z`)) / 86_400_000),
      },
    };
  }

  private projectRows<C extends 'red' | 'amber' | 'green' | null>(where: SQL | undefined, colour: SQL<C>) {
    return this.db
      .select({
        id: projects.id,
        name: projects.name,
        unitName: units.name,
        fiscalYear: projects.fiscalYear,
        colour,
        spent: projects.spentAmount,
        received: projects.receivedAmount,
      })
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .where(where)
      // Red before amber, then by name: the worst first, in a stable order.
      .orderBy(sql`${colour} = 'amber'`, asc(projects.name), asc(projects.id));
  }
}

interface ProjectRow {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly fiscalYear: number;
}

function alertKey(projectId: string, colour: string | null): string {
  return `${projectId}:${colour ?? 'none'}`;
}

/** 预算执行率 = 已支出 ÷ 已到位, shown with both figures so the reader can check it. */
function executionItem(row: ProjectRow & { colour: string | null; spent: string; received: string }): DigestItem {
  const received = Decimal.from(row.received);
  const spent = Decimal.from(row.spent);
  const rate = received.isZero() ? '—' : formatPercent(Ratio.of(spent, received));
  return item(row, row.colour, `预算执行率 ${rate}（已支出 ${formatWanYuan(spent)} ÷ 已到位 ${formatWanYuan(received)}）低于序时进度`);
}

function item(row: ProjectRow, colour: string | null, detail: string): DigestItem {
  return {
    projectId: row.id,
    projectName: row.name,
    unitName: row.unitName,
    fiscalYear: row.fiscalYear,
    colour: colour === 'red' ? AlertColour.red : colour === 'amber' ? AlertColour.amber : null,
    detail,
  };
}

function section(items: DigestItem[]): DigestSection {
  return { totalCount: items.length, items: items.slice(0, DIGEST_ITEMS_SHOWN) };
}
