import type { IncomingMessage, Reply } from '../messages.js';
import type { SubscriptionCommand } from './subscription-command.js';
import { SubscriptionRefused, type ChatSubscription, type SubscriptionPort } from './subscription-port.js';

const NAMES = { daily: '每日预警（每天 9:00）', weekly: '预警周报（每周一 9:00）' } as const;
const TITLE = '订阅';

/**
 * Answers 订阅/取消订阅/我的订阅 (parseSubscriptionCommand's reading of the message).
 * Called only for a mapped user: the API acts as that user, so a group gets that user's scope.
 */
export async function answerSubscriptionCommand(command: SubscriptionCommand, message: IncomingMessage, port: SubscriptionPort): Promise<Reply> {
  switch (command.kind) {
    case 'subscribe': {
      if (command.frequency === null) return { title: TITLE, lines: ['请说“订阅每日预警”（每天 9:00）或“订阅 预警周报”（每周一 9:00）。'] };
      try {
        const subscription = await port.subscribe(message, command.frequency);
        const where = message.isGroup ? '本群' : '您';
        return {
          title: TITLE,
          lines: [
            `已为${where}订阅${NAMES[command.frequency]}，下次推送：${beijingTime(subscription.nextRunAt)}。`,
            message.isGroup ? '内容按您的查看权限生成，群内成员都能看到。' : '内容按您的查看权限生成。',
            '回复“取消订阅”可停止。',
          ],
        };
      } catch (error) {
        if (error instanceof SubscriptionRefused) return { title: TITLE, lines: [error.message] };
        throw error;
      }
    }
    case 'unsubscribe': {
      const removed = await port.unsubscribe(message, command.frequency);
      const what = command.frequency === null ? '订阅' : NAMES[command.frequency];
      return { title: TITLE, lines: [removed === 0 ? `此会话没有您的${what}。` : `已取消此会话的${what}（${removed} 项）。`] };
    }
    case 'list': {
      const all = await port.list(message);
      if (all.length === 0) return { title: TITLE, lines: ['您还没有订阅。可说“订阅每日预警”或“订阅 预警周报”。'] };
      return { title: TITLE, lines: [`您共有 ${all.length} 项订阅：`, ...all.map(describe)] };
    }
  }
}

function describe(s: ChatSubscription): string {
  const platform = { dingtalk: '钉钉', feishu: '飞书', wecom: '企业微信' }[s.platform] ?? s.platform;
  const where = s.target === 'group' ? `${platform}群${s.conversationTitle === null ? '' : `「${s.conversationTitle}」`}` : `${platform}个人`;
  return `- ${where}：${s.frequency === 'weekly' ? NAMES.weekly : NAMES.daily}，下次 ${beijingTime(s.nextRunAt)}`;
}

/** "2026-12-04 09:00" in Beijing time (UTC+8 all year). */
function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
