import type { ProjectMetric } from '../intents/intent.js';
import type { ProjectRef } from '../intents/recognise.js';
import { askBackProjectsReply, needProjectReply, projectNotFoundReply, unknownReply } from '../replies/notice-replies.js';
import { projectMetricReply } from '../replies/project-reply.js';
import { settled, type Turn, type TurnInput } from './turn.js';

/** Answers a question about one project, asking back when the name is ambiguous. */
export async function answerProjectMetric(input: TurnInput, metric: ProjectMetric, project: ProjectRef): Promise<Turn> {
  const state = settled(input.state);
  switch (project.kind) {
    case 'resolved':
      return showProject(input, metric, project.project.id);
    case 'fromContext':
      return state.lastProjectId === undefined ? { reply: needProjectReply(), state } : showProject(input, metric, state.lastProjectId);
    case 'ambiguous':
      return { reply: askBackProjectsReply(project.options), state: { ...state, pending: { kind: 'project', metric, options: project.options } } };
    case 'notFound':
      // Without any metric word the message was probably not about a project at all.
      return { reply: metric === 'overview' ? unknownReply() : projectNotFoundReply(project.mention), state };
  }
}

/** Fetches through the port, which applies the user's permissions: a project they may not see is "not found". */
export async function showProject(input: TurnInput, metric: ProjectMetric, projectId: string): Promise<Turn> {
  const status = await input.data.projectStatus(input.user, projectId);
  if (status === null) return { reply: projectNotFoundReply(projectId), state: settled(input.state) };
  return { reply: projectMetricReply(metric, status), state: { lastProjectId: status.id } };
}
