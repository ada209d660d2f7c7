import { choiceOutOfRangeReply, noPendingChoiceReply } from '../replies/notice-replies.js';
import { showProject } from './answer-project.js';
import { runUnitQuestion } from './answer-unit.js';
import type { Turn, TurnInput } from './turn.js';

/** A bare number answers the pending ask-back; out of range keeps the question open. */
export async function answerChoice(input: TurnInput, index: number): Promise<Turn> {
  const pending = input.state.pending;
  if (pending === undefined) return { reply: noPendingChoiceReply(), state: input.state };
  const outOfRange = { reply: choiceOutOfRangeReply(pending.options.length), state: input.state };
  switch (pending.kind) {
    case 'project': {
      const chosen = pending.options[index - 1];
      return chosen === undefined ? outOfRange : showProject(input, pending.metric, pending.aspect, chosen);
    }
    case 'metric': {
      const metric = pending.options[index - 1];
      return metric === undefined ? outOfRange : showProject(input, metric, null, pending.project);
    }
    case 'unit': {
      const unitName = pending.options[index - 1];
      return unitName === undefined ? outOfRange : runUnitQuestion(input, pending.question, unitName, pending.fiscalYear);
    }
  }
}
