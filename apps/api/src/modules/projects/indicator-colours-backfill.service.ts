import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { isNull, sql } from 'drizzle-orm';
import { setImmediate } from 'node:timers/promises';
import { DB, type Db } from '../../database/database.types.js';
import { projects } from '../../database/schema/index.js';
import { analyseProjectFile, indicatorColourMonths } from '../analysis/project-analysis.js';
import { loadProjectAggregates } from './project-aggregate.repository.js';
import { toProjectFile } from './project-file.mapper.js';
import { refreshUnitYearStats } from './unit-year-stats.js';

const BATCH = 500;

/**
 * Projects stored before migration 0004 have no indicator colour masks (null). After start, in the
 * background, this computes them with the core batch by batch and refreshes the unit-year caches
 * they feed, so that `indicatorAlertColour` and `alertCounts.blue` cover old data too. Idempotent:
 * instances sharing a database may both run it; a batch only fills rows still null.
 */
@Injectable()
export class IndicatorColoursBackfillService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IndicatorColours');
  private stopped = false;
  private running: Promise<void> | undefined;

  constructor(@Inject(DB) private readonly db: Db) {}

  onApplicationBootstrap(): void {
    this.running = this.run().then(
      () => undefined,
      (error: unknown) => {
        if (!this.stopped) this.logger.error(`backfill stopped: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Answers how many projects it filled (tests). */
  async run(): Promise<number> {
    let filled = 0;
    while (!this.stopped) {
      const ids = (await this.db.select({ id: projects.id }).from(projects).where(isNull(projects.indicatorBlueMonths)).limit(BATCH)).map((r) => r.id);
      if (ids.length === 0) break;
      await this.fill(ids);
      filled += ids.length;
      await setImmediate();
    }
    if (filled > 0) this.logger.log(`indicator colours computed for ${filled} projects stored before migration 0004`);
    return filled;
  }

  private async fill(ids: readonly string[]): Promise<void> {
    const aggregates = await loadProjectAggregates(this.db, ids);
    const rows = [...aggregates.values()].map((aggregate) => {
      const result = analyseProjectFile(toProjectFile(aggregate));
      const masks = result.ok ? indicatorColourMonths(result.analysis.project) : { red: 0, amber: 0, green: 0, blue: 0 };
      return { aggregate, masks };
    });
    if (rows.length === 0) return;
    const values = sql.join(
      rows.map(({ aggregate, masks }) => sql`(${aggregate.project.id}::uuid, ${masks.red}::int, ${masks.amber}::int, ${masks.green}::int, ${masks.blue}::int)`),
      sql`, `,
    );
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`update ${projects} set indicator_red_months = v.red, indicator_amber_months = v.amber,
          indicator_green_months = v.green, indicator_blue_months = v.blue
        from (values ${values}) as v(id, red, amber, green, blue)
        where ${projects.id} = v.id and ${projects.indicatorBlueMonths} is null`);
      await refreshUnitYearStats(
        tx,
        rows.map(({ aggregate }) => ({ unitId: aggregate.project.unitId, fiscalYear: aggregate.project.fiscalYear })),
      );
    });
  }
}
