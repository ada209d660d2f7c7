import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DB, type Db } from '../database/database.types.js';
import { analyseProjectFile, type ProjectAnalysis } from '../modules/analysis/project-analysis.js';
import type { ProjectAggregate } from '../modules/projects/project-aggregate.js';
import { loadProjectAggregates } from '../modules/projects/project-aggregate.repository.js';
import { toProjectFile } from '../modules/projects/project-file.mapper.js';

/** A stored project with what the core computes from it. */
export interface AnalysedProject {
  readonly aggregate: ProjectAggregate;
  readonly analysis: ProjectAnalysis;
}

/**
 * Loaders for one request (twenty's pattern): the detail fields of a project — budget lines,
 * indicators, score card, audit, monitoring — share one load and one core analysis, and a list
 * asking for them loads all its projects in one batch.
 */
export interface RequestLoaders {
  /** Keys must be ids the caller was allowed to read (the parent resolver checked them). */
  readonly project: DataLoader<string, AnalysedProject>;
}

@Injectable()
export class RequestLoadersFactory {
  constructor(@Inject(DB) private readonly db: Db) {}

  create(): RequestLoaders {
    return {
      project: new DataLoader(async (ids) => {
        const aggregates = await loadProjectAggregates(this.db, ids);
        return ids.map((id) => {
          const aggregate = aggregates.get(id);
          if (!aggregate) return new Error(`project ${id} vanished during the request`);
          const result = analyseProjectFile(toProjectFile(aggregate));
          // Stored projects were valid when written; failing now is a bug, not bad input.
          if (!result.ok) return new Error(`stored project ${id} no longer loads: ${result.issues.map((i) => i.message).join('; ')}`);
          return { aggregate, analysis: result.analysis };
        });
      }),
    };
  }
}
