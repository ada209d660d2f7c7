import type { ProjectMetric } from '../intents/intent.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import type { ProjectRef } from '../intents/recognise.js';
import { askBackProjectsReply, needProjectReply, projectNotFoundReply, projectUnavailableReply, unknownReply } from '../replies/notice-replies.js';
import { projectMetricReply } from '../replies/project-reply.js';
import { settled, type Turn, type TurnInput } from './turn.js';

/**
 * Answers a question about one project, asking back when the name is ambiguous. `candidates` are the asker's
 * projects of the asked year, used when a follow-up names only a year ("去年呢").
 */
export async function answerProjectMetric(
  input: TurnInput,
  metric: ProjectMetric,
  project: ProjectRef,
  fiscalYear: number | null,
  candidates: readonly ProjectCandidate[],
): Promise<Turn> {
  const state = settled(input.state);
  switch (project.kind) {
    case 'resolved':
      return showProject(input, metric, project.project.id);
    case 'fromContext': {
      const last = state.lastProject;
      if (last === undefined) return { reply: needProjectReply(), state };
      if (fiscalYear === null || fiscalYear === last.fiscalYear) return showProject(input, metric, last.id);
      const sameProject = candidates.find((c) => c.name === last.name && c.unitName === last.unitName && c.fiscalYear === fiscalYear);
      return sameProject === undefined
        ? { reply: projectNotFoundReply(`${fiscalYear}年${last.name}`), state }
        : showProject(input, metric, sameProject.id);
    }
    case 'ambiguous':
      return { reply: askBackProjectsReply(project.options), state: { ...state, pending: { kind: 'project', metric, options: project.options } } };
    case 'notFound':
      // Without any metric word the message was probably not about a project at all.
      return { reply: metric === 'overview' ? unknownReply() : projectNotFoundReply(project.mention), state };
  }
}

/** Fetches through the port, which applies the user's permissions: a project they may not see is not shown. */
export async function showProject(input: TurnInput, metric: ProjectMetric, projectId: string): Promise<Turn> {
  const status = await input.data.projectStatus(input.user, projectId);
  if (status === null) return { reply: projectUnavailableReply(), state: settled(input.state) };
  const { id, name, unitName, fiscalYear } = status;
  return { reply: projectMetricReply(metric, status), state: { lastProject: { id, name, unitName, fiscalYear } } };
}
