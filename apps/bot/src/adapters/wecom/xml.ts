import { XMLParser } from 'fast-xml-parser';
import { isRecord } from '../shared/body-limit.js';
import { WebhookRejected } from '../webhook-rejected.js';

// Values stay strings: a MsgId such as 4561255354251345929 exceeds Number.MAX_SAFE_INTEGER.
// Entities are not expanded; WeCom wraps text in CDATA.
const parser = new XMLParser({ parseTagValue: false, processEntities: false, ignoreDeclaration: true, ignoreAttributes: true });

/** Parses `<xml>…</xml>` into its string fields; malformed XML is a rejection, never an exception. */
export function parseXmlFields(xml: string): Readonly<Record<string, string>> {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch {
    throw new WebhookRejected('malformed-body', 'xml');
  }
  const root = isRecord(parsed) ? parsed['xml'] : undefined;
  if (!isRecord(root)) throw new WebhookRejected('malformed-body', 'xml root');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(root)) if (typeof value === 'string') fields[key] = value;
  return fields;
}

/** Wraps text in CDATA, splitting any "]]>" so user text cannot close the section early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}
