import type { ListFilter } from '../intents/intent.js';
import type { UnitRef } from '../intents/recognise.js';
import { projectListReply } from '../replies/list-reply.js';
import { askBackUnitsReply, needUnitReply, unitNotFoundReply } from '../replies/notice-replies.js';
import { unitSummaryReply } from '../replies/unit-summary-reply.js';
import type { UnitQuestion } from './chat-state.js';
import { settled, type Turn, type TurnInput } from './turn.js';

/** Lists and summaries: settles which unit is meant (own, named, whole scope) or asks back. */
export async function answerUnitQuestion(input: TurnInput, question: UnitQuestion, unit: UnitRef, fiscalYear: number | null): Promise<Turn> {
  const state = settled(input.state);
  switch (unit.kind) {
    case 'ambiguous':
      return { reply: askBackUnitsReply(unit.options), state: { ...state, pending: { kind: 'unit', question, fiscalYear, options: unit.options } } };
    case 'notFound':
      return { reply: unitNotFoundReply(unit.mention), state };
    case 'resolved':
      return runUnitQuestion(input, question, unit.unitName, fiscalYear);
    case 'own':
      return input.user.unitName === null ? { reply: needUnitReply(), state } : runUnitQuestion(input, question, input.user.unitName, fiscalYear);
    case 'scope':
      // A list over the whole scope needs no unit; a summary of "everything" is the asker's own unit.
      if (question.kind === 'list') return runUnitQuestion(input, question, null, fiscalYear);
      return input.user.unitName === null ? { reply: needUnitReply(), state } : runUnitQuestion(input, question, input.user.unitName, fiscalYear);
  }
}

export async function runUnitQuestion(input: TurnInput, question: UnitQuestion, unitName: string | null, fiscalYear: number | null): Promise<Turn> {
  const state = settled(input.state);
  if (question.kind === 'list') return listTurn(input, question.filter, unitName, null, fiscalYear);
  if (unitName === null) return { reply: needUnitReply(), state };
  const summary = await input.data.unitSummary(input.user, unitName, fiscalYear);
  if (summary === null) return { reply: unitNotFoundReply(fiscalYear === null ? unitName : `${fiscalYear}年${unitName}`), state };
  return { reply: unitSummaryReply(summary), state: { ...state, lastQuestion: { kind: 'unit', unitName, fiscalYear: summary.fiscalYear } } };
}

export async function listTurn(input: TurnInput, filter: ListFilter, unitName: string | null, regionCode: string | null, fiscalYear: number | null): Promise<Turn> {
  const list = await input.data.listProjects(input.user, { filter, unitName, regionCode, fiscalYear });
  return {
    reply: projectListReply(filter, unitName, list),
    state: { ...settled(input.state), lastQuestion: { kind: 'list', filter, unitName, regionCode, fiscalYear: list.fiscalYear } },
  };
}
