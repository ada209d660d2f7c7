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

export const askBackProjectsReply = (options: readonly ProjectCandidate[]): Reply => ({
  title: zhCN.askBackTitle,
  lines: [...options.map((o, i) => zhCN.projectOption(i + 1, o.name, o.unitName, o.fiscalYear)), zhCN.askBackHint(options.length)],
});

export const askBackUnitsReply = (options: readonly string[]): Reply => ({
  title: zhCN.askBackTitle,
  lines: [...options.map((o, i) => zhCN.unitOption(i + 1, o)), zhCN.askBackHint(options.length)],
});

export const choiceOutOfRangeReply = (count: number): Reply => ({ title: zhCN.askBackTitle, lines: [zhCN.choiceOutOfRange(count)] });

export const noPendingChoiceReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.noPendingChoice] });

export const unknownReply = (): Reply => ({ title: zhCN.unknownTitle, lines: [zhCN.unknown] });
