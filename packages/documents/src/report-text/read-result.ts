import { parseActual } from '@jixiao/core';
import { NUMBER } from './normalise.js';

/** What a result statement's tail says: the actual, its source, the verdict words and the score. */
export interface ResultReading {
  readonly actualText?: string;
  /** 佐证材料 named as “根据X可知” (not “根据评分标准”). */
  readonly evidence: readonly string[];
  /** The verdict (“与预期目标一致”), or the clause the actual was read from when it is not a plain 实际完成X. */
  readonly statement?: string;
  /** 该指标N分，得M分 */
  readonly weight?: string;
  readonly score?: string;
}

export const SCORE_CLAIM = new RegExp(String.raw`该(?:项)?指标\s*(?:分值|权重)?(?:为)?\s*(${NUMBER})\s*分\s*[,，]?\s*(?:实际)?得(?:分)?\s*(${NUMBER})\s*分`);
const DATE = String.raw`\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?`;
const QUANTITY = String.raw`[-+]?${NUMBER}\s*[^\s，,。；;、”"]*`;

const ACTUAL_PATTERNS: readonly RegExp[] = [
  // 实际完成值为“逐步提高” / 实际完成值为98%
  /实际(?:完成)?值\s*(?:为|是|：|:)\s*[“"「]?([^，,。；;”"」]+)/,
  // 实际2022年1月25日完成
  new RegExp(String.raw`实际[^\d，,。；;]{0,6}?(${DATE})`),
  // 实际完成3次 / 实际支持数量10个 / 实际执行91.02万元
  new RegExp(String.raw`实际[^\d，,。；;“”]{0,8}?(${QUANTITY})`),
];

/** “群众满意度满意度达98%”: the actual given without 实际, in the clause that states it. */
const REACHED = new RegExp(String.raw`([^，,。；;]*?(?:达到?|为)\s*(${QUANTITY}))`);

export function readResult(tail: string, fiscalYear: number | undefined): ResultReading {
  const evidence = [...tail.matchAll(/根据\s*[（(]?([^，,。；;（）()]+?)[）)]?\s*(?:可知|显示|表明)?\s*[，,]/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((e) => e !== '' && !/评分标准|评分细则/.test(e));
  const verdict = /与预期(?:目标|指标)[^，,。；;]*/.exec(tail)?.[0];
  const scored = SCORE_CLAIM.exec(tail);
  const before = scored ? tail.slice(0, scored.index) : tail;

  let actualText: string | undefined;
  let statement = verdict;
  for (const pattern of ACTUAL_PATTERNS) {
    const match = pattern.exec(before);
    const candidate = match?.[1]?.trim();
    if (candidate && parseActual(candidate, fiscalYear === undefined ? {} : { fiscalYear }).ok) {
      actualText = candidate.replace(/\s+/g, '');
      break;
    }
  }
  if (actualText === undefined) {
    const reached = REACHED.exec(before.replace(/^[，,\s]+/, ''));
    const candidate = reached?.[2]?.trim();
    if (reached && candidate && parseActual(candidate).ok) {
      actualText = candidate.replace(/\s+/g, '');
      statement ??= (reached[1] ?? '').trim();
    }
  }
  return {
    ...(actualText === undefined ? {} : { actualText }),
    evidence,
    ...(statement ? { statement } : {}),
    ...(scored ? { weight: scored[1] ?? '', score: scored[2] ?? '' } : {}),
  };
}

/** Whether a statement reports a result (an actual or a score) rather than only setting a target. */
export function isResult(tail: string): boolean {
  return /实际|得\s*\d|完成值|达到?\s*\d/.test(tail);
}
