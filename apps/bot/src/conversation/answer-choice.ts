import { choiceOutOfRangeReply, noPendingChoiceReply } from '../replies/notice-replies.js';
import { showProject } from './answer-project.js';
import { runUnitQuestion } from './answer-unit.js';
import type { Turn, TurnInput } from './turn.js';

/** A bare number answers the pending ask-back; out of range keeps the question open. */
export async function answerChoice(input: TurnInput, index: number): Promise<Turn> {
  const pending = input.state.pending;
  if (pending === undefined) return { reply: noPendingChoiceReply(), state: input.state };
  if (index > pending.options.length) return { reply: choiceOutOfRangeReply(pending.options.length), state: input.state };
  if (pending.kind === 'project') {
    const chosen = pending.options[index - 1];
    return chosen === undefined ? { reply: choiceOutOfRangeReply(pending.options.length), state: input.state } : showProject(input, pending.metric, chosen.id);
  }
  const unitName = pending.options[index - 1];
  if (unitName === undefined) return { reply: choiceOutOfRangeReply(pending.options.length), state: input.state };
  return runUnitQuestion(input, pending.question, unitName, pending.fiscalYear);
}
