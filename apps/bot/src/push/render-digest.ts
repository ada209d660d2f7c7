import type { BotClaimDueDigestsMutation } from '@jixiao/contract';
import { DIGEST_TEXTS as T } from './digest-texts.js';
import type { PushMessage } from './push-client.js';
import { splitIntoMessages } from './split-message.js';

export type DigestClaim = BotClaimDueDigestsMutation['claimDueDigests'][number];
type Section = DigestClaim['content']['newAlerts'];

/**
 * The digest as markdown messages within the platform's size: every section says how many there are in all,
 * lists the first ones with links, and a year without data says so instead of looking like an all-clear.
 */
export function renderDigest(claim: DigestClaim, dashboardUrl: string, maxBytes: number, lineBreak: string): PushMessage[] {
  const { content } = claim;
  const link = (projectId: string) => new URL(`projects/${projectId}`, withSlash(dashboardUrl)).toString();
  const section = (heading: string, s: Section): string[] => [
    heading,
    ...s.items.map((item) => `- ${T.colour(item.colour)}${T.item(`[${item.projectName}](${link(item.projectId)})`, item.unitName, item.fiscalYear, item.detail)}`),
    ...(s.totalCount > s.items.length ? [T.more(s.totalCount - s.items.length)] : []),
  ];
  const title = T.title(claim.frequency === 'weekly' ? 'weekly' : 'daily');
  const lines = [
    `### ${title}`,
    T.heading(content.fiscalYear, content.asOf),
    ...(content.projectCount === 0 ? [T.noProjects(content.fiscalYear)] : []),
    ...section(T.newAlerts(content.newAlerts.totalCount, content.alertCount, content.since), content.newAlerts),
    ...section(T.behindIndicators(content.behindIndicators.totalCount), content.behindIndicators),
    ...section(T.awaitingEvaluations(content.awaitingEvaluations.totalCount), content.awaitingEvaluations),
    T.yearEnd(content.yearEnd, content.daysToYearEnd),
    `[${T.openDashboard}](${withSlash(dashboardUrl)}) ${T.unsubscribeHint}`,
  ];
  const bodies = splitIntoMessages(lines, maxBytes, lineBreak);
  return bodies.map((markdown, i) => ({ title: bodies.length === 1 ? title : T.part(title, i + 1, bodies.length), markdown }));
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
