import { parseSmallNumber } from './normalize.js';

/** 二期, 第三期, 2期, （一期）: the phase of a project, which must match when a question names one. */
const PHASE = /第?([\d一二两三四五六七八九十]{1,3})期/;

/** The phase number a name or mention carries, and the text without it; `phase` null when there is none. */
export function splitPhase(text: string): { readonly phase: number | null; readonly rest: string } {
  const match = PHASE.exec(text);
  const phase = match?.[1] === undefined ? undefined : parseSmallNumber(match[1]);
  if (match === null || phase === undefined) return { phase: null, rest: text };
  return { phase, rest: text.replace(match[0], '') };
}
