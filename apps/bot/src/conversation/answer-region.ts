import type { RegionFocus } from '../intents/intent.js';
import type { RegionRefOrOwn } from '../intents/recognise.js';
import { regionNotFoundReply, regionForLeadersReply } from '../replies/notice-replies.js';
import { regionReply } from '../replies/region-reply.js';
import { settled, type Turn, type TurnInput } from './turn.js';

/**
 * Leaders' and reviewers' questions about a region. Unit staff are told where to look instead: the API would
 * give them their own unit's figures only, and a reply titled with the region would read as the region's.
 */
export async function answerRegionQuestion(
  input: TurnInput,
  region: RegionRefOrOwn,
  focus: RegionFocus,
  fiscalYear: number | null,
): Promise<Turn> {
  const state = settled(input.state);
  if (input.user.unitName !== null) return { reply: regionForLeadersReply(input.user.unitName), state };
  const regionCode = region.kind === 'resolved' ? region.region.code : (input.user.regionCode ?? (await topRegion(input)));
  if (regionCode === null || fiscalYear === null) return { reply: regionNotFoundReply(region.kind === 'resolved' ? region.region.name : null), state };
  return runRegionQuestion(input, regionCode, focus, fiscalYear);
}

export async function runRegionQuestion(input: TurnInput, regionCode: string, focus: RegionFocus, fiscalYear: number): Promise<Turn> {
  const state = settled(input.state);
  const summary = await input.data.regionSummary(input.user, regionCode, fiscalYear);
  if (summary === null) {
    const name = (await input.data.regions(input.user)).find((r) => r.code === regionCode)?.name ?? null;
    return { reply: regionNotFoundReply(name === null ? null : `${fiscalYear}年${name}`), state };
  }
  return { reply: regionReply(focus, summary), state: { ...state, lastQuestion: { kind: 'region', regionCode, focus, fiscalYear } } };
}

/** A user above units without a region of their own (a finance reviewer) reads the whole prefecture. */
async function topRegion(input: TurnInput): Promise<string | null> {
  const regions = await input.data.regions(input.user);
  return regions.find((r) => r.parentCode === null)?.code ?? null;
}
