/** 订阅 commands in chat: subscribe (daily or weekly), cancel, list. Recognised before any question parsing. */
export type SubscriptionCommand =
  | { readonly kind: 'subscribe'; readonly frequency: 'daily' | 'weekly' | null }
  | { readonly kind: 'unsubscribe'; readonly frequency: 'daily' | 'weekly' | null }
  | { readonly kind: 'list' };

/** What may follow 订阅/取消订阅: a frequency word and 预警/摘要/报 in any order, and nothing else. */
const DAILY = /每日|每天|日报|天天/;
const WEEKLY = /每周|周报|每星期/;
const FILLER = /^(?:每日|每天|日报|天天|每周|周报|每星期|预警|摘要|提醒|推送|的|一下|绩效)*$/;

/**
 * Null when the text is not a subscription command, so questions such as "订阅了哪些项目" still reach the
 * question parser. Spaces (and full-width ones) are ignored: "订阅 预警周报" = "订阅预警周报".
 */
export function parseSubscriptionCommand(text: string): SubscriptionCommand | null {
  const compact = text.replace(/[\s\u3000]+/g, '').replace(/[。！!？?]+$/, '');
  if (/^(?:我的订阅|查看订阅|订阅列表|我订阅了什么)$/.test(compact)) return { kind: 'list' };
  const cancel = /^(?:取消订阅|退订)(.*)$/.exec(compact);
  if (cancel) return words(cancel[1] ?? '', 'unsubscribe');
  const subscribe = /^订阅(.*)$/.exec(compact);
  return subscribe ? words(subscribe[1] ?? '', 'subscribe') : null;
}

function words(rest: string, kind: 'subscribe' | 'unsubscribe'): SubscriptionCommand | null {
  if (!FILLER.test(rest)) return null;
  const daily = DAILY.test(rest);
  const weekly = WEEKLY.test(rest);
  // Both named at once is not a frequency: ask.
  return { kind, frequency: daily === weekly ? null : daily ? 'daily' : 'weekly' };
}
