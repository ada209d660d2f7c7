import type { ProjectMetric } from '../intents/intent.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { ProjectRef } from '../intents/recognise.js';
import {
  askBackMetricReply,
  askBackProjectsReply,
  needProjectReply,
  projectNotFoundReply,
  projectUnavailableReply,
  unknownReply,
} from '../replies/notice-replies.js';
import { projectMetricReply } from '../replies/project-reply.js';
import { settled, type Turn, type TurnInput } from './turn.js';

/** The measures offered when a question names a project but no measure the bot knows. */
const MEASURE_CHOICES: readonly ProjectMetric[] = ['executionRate', 'spent', 'score', 'alert', 'failedIndicators'];

export interface ProjectQuestion {
  readonly metric: ProjectMetric;
  readonly aspect: string | null;
  readonly project: ProjectRef;
  readonly fiscalYear: number | null;
}

/**
 * Answers a question about one project, asking back when the name is ambiguous, or when only a loose match of
 * the name came with no measure (rather than answer some figure of a project that may not be the one meant).
 * `candidates` are the asker's projects of all years, for a follow-up that names another year.
 */
export async function answerProjectMetric(input: TurnInput, question: ProjectQuestion, candidates: readonly ProjectCandidate[]): Promise<Turn> {
  const state = settled(input.state);
  const { metric, aspect, project, fiscalYear } = question;
  switch (project.kind) {
    case 'resolved':
      if (metric === 'overview' && !project.exact) {
        return { reply: askBackMetricReply(project.project, MEASURE_CHOICES), state: { ...state, pending: { kind: 'metric', project: project.project, options: MEASURE_CHOICES } } };
      }
      return showProject(input, metric, aspect, project.project);
    case 'fromContext': {
      const last = state.lastProject;
      if (last === undefined) return { reply: needProjectReply(), state };
      if (fiscalYear === null || fiscalYear === last.fiscalYear) return showProject(input, metric, aspect, last);
      const sameProject = candidates.find((c) => c.name === last.name && c.unitName === last.unitName && c.fiscalYear === fiscalYear);
      return sameProject === undefined
        ? { reply: projectNotFoundReply(`${fiscalYear}年${last.name}`), state }
        : showProject(input, metric, aspect, sameProject);
    }
    case 'ambiguous':
      return { reply: askBackProjectsReply(project.options), state: { ...state, pending: { kind: 'project', metric, aspect, options: project.options } } };
    case 'notFound':
      // Without any metric word the message was probably not about a project at all.
      return { reply: metric === 'overview' ? unknownReply() : projectNotFoundReply(project.mention), state };
  }
}

/** Fetches through the port, which applies the user's permissions: a project they may not see is not shown. */
export async function showProject(input: TurnInput, metric: ProjectMetric, aspect: string | null, project: ProjectCandidate, detail = false): Promise<Turn> {
  const status = await input.data.projectStatus(input.user, project.id);
  if (status === null) return { reply: projectUnavailableReply(), state: settled(input.state) };
  const { id, name, unitName, fiscalYear } = status;
  const shown = { id, name, unitName, fiscalYear };
  return {
    reply: projectMetricReply(metric, status, { aspect, detail }),
    state: { lastProject: shown, lastQuestion: { kind: 'project', metric, aspect, project: shown } },
  };
}
