import type { ProjectMetric } from '../intents/intent.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';

/** Replies that carry no figures: help, access, not-found, ask-back and misunderstandings. */
export const helpReply = (): Reply => ({ title: zhCN.helpTitle, lines: zhCN.helpLines });

export const dataDateReply = (asOf: string | null): Reply => ({
  title: zhCN.dataDateTitle,
  lines: [asOf === null ? zhCN.noData : zhCN.dataDate(asOf)],
});

/** For an unmapped chat user: how to get access, and nothing else. */
export const accessReply = (): Reply => ({ title: zhCN.accessTitle, lines: zhCN.accessLines });

/** When the answer could not be produced (the API unreachable or failing): say so rather than stay silent. */
export const serviceErrorReply = (): Reply => ({ title: zhCN.serviceErrorTitle, lines: [zhCN.serviceError] });

export const projectNotFoundReply = (mention: string): Reply => ({
  title: zhCN.notFoundTitle,
  lines: [zhCN.projectNotFound(mention), zhCN.tryFullName],
});

export const projectUnavailableReply = (): Reply => ({ title: zhCN.notFoundTitle, lines: [zhCN.projectUnavailable] });

export const unitNotFoundReply = (mention: string): Reply => ({
  title: zhCN.notFoundTitle,
  lines: [zhCN.unitNotFound(mention), zhCN.tryFullName],
});

export const needProjectReply = (): Reply => ({ title: zhCN.needProjectTitle, lines: [zhCN.needProject] });

export const needUnitReply = (): Reply => ({ title: zhCN.needProjectTitle, lines: [zhCN.needUnit] });

/** Numbered options, each clickable where the platform allows (its number is what a click sends). */
const choices = (labels: readonly string[]) => labels.map((label, i) => ({ label, text: String(i + 1) }));

export const askBackProjectsReply = (options: readonly ProjectCandidate[]): Reply => ({
  title: zhCN.askBackTitle,
  lines: [zhCN.askBackHint(options.length)],
  choices: choices(options.map((o, i) => zhCN.projectOption(i + 1, o.name, o.unitName, o.fiscalYear))),
});

export const askBackUnitsReply = (options: readonly string[]): Reply => ({
  title: zhCN.askBackTitle,
  lines: [zhCN.askBackHint(options.length)],
  choices: choices(options.map((o, i) => zhCN.unitOption(i + 1, o))),
});

/** The project is clear but not the measure: which of these? */
export const askBackMetricReply = (project: ProjectCandidate, options: readonly ProjectMetric[]): Reply => ({
  title: zhCN.askBackMetricTitle(project.name, project.fiscalYear),
  lines: [zhCN.askBackHint(options.length)],
  choices: choices(options.map((m, i) => zhCN.metricOption(i + 1, zhCN.metricName[m]))),
});

export const fullAlreadyReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.fullAlready] });

export const subscriptionUnavailableReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.subscriptionUnavailable] });

export const regionForLeadersReply = (unitName: string): Reply => ({ title: zhCN.regionNotFoundTitle, lines: [zhCN.regionForLeaders(unitName)] });

export const regionNotFoundReply = (name: string | null): Reply => ({ title: zhCN.regionNotFoundTitle, lines: [zhCN.regionNotFound(name), zhCN.tryFullName] });

/** Says which year "今年"/"去年" was read as, under the title. */
export const withYearNote = (reply: Reply, year: number): Reply => ({ ...reply, lines: [zhCN.yearNote(year), ...reply.lines] });

export const choiceOutOfRangeReply = (count: number): Reply => ({ title: zhCN.askBackTitle, lines: [zhCN.choiceOutOfRange(count)] });

export const noPendingChoiceReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.noPendingChoice] });

export const unknownReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.unknown] });
