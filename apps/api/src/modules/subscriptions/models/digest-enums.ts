import { registerEnumType } from '@nestjs/graphql';

export enum DigestFrequency {
  daily = 'daily',
  weekly = 'weekly',
}
registerEnumType(DigestFrequency, { name: 'DigestFrequency', description: 'daily 每日 9:00 / weekly 每周一 9:00 (Asia/Shanghai).' });

export enum DigestTarget {
  user = 'user',
  group = 'group',
}
registerEnumType(DigestTarget, {
  name: 'DigestTarget',
  description: 'user: the subscriber\'s own linked chat account; group: a group chat (subscribed from that chat through the bot).',
});

export enum DigestOutcome {
  sent = 'sent',
  failed = 'failed',
  unconfirmed = 'unconfirmed',
}
registerEnumType(DigestOutcome, {
  name: 'DigestOutcome',
  description:
    'sent: the platform accepted it; failed: it did not (retried later); unconfirmed: it may have gone out before a crash and the platform has no idempotency key to resend safely, so it is not resent.',
});
