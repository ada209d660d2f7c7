import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { Platform } from '../messages.js';
import type { BotUser, ProjectList, ProjectListQuery, ProjectStatus, RegionRef, RegionSummary, UnitSummary } from './shapes.js';

/**
 * Everything the conversation needs from Jixiao. The production implementation calls the API over GraphQL
 * with a service token acting for the mapped user, so every answer is limited to that user's permissions;
 * tests use the in-memory fake in `src/testing/`.
 */
export interface BotDataPort {
  /** Maps a platform user id to a Jixiao user; null when unmapped (the bot then shows no data). */
  userForChat(platform: Platform, chatUserId: string): Promise<BotUser | null>;
  /** Projects the user may see, for name resolution; `fiscalYear` null means all years. */
  projectCandidates(user: BotUser, fiscalYear: number | null): Promise<readonly ProjectCandidate[]>;
  /** null when the project does not exist or the user may not see it. */
  projectStatus(user: BotUser, projectId: string): Promise<ProjectStatus | null>;
  listProjects(user: BotUser, query: ProjectListQuery): Promise<ProjectList>;
  /** null when the unit is unknown or outside the user's scope; `fiscalYear` null means the latest. */
  unitSummary(user: BotUser, unitName: string, fiscalYear: number | null): Promise<UnitSummary | null>;
  /** Every region (reference data) for region names in questions; what the user may read is decided by the API. */
  regions(user: BotUser): Promise<readonly RegionRef[]>;
  /** A region's year (leaders: 全州整体执行率, 哪个县最低, 阜康市有几个红灯); null when the user may read nothing there. */
  regionSummary(user: BotUser, regionCode: string, fiscalYear: number): Promise<RegionSummary | null>;
  /** The date the newest figures are as of (数据更新到哪天), or null when there are none. */
  dataAsOf(user: BotUser): Promise<string | null>;
}
