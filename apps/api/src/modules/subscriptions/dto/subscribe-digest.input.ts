import { Field, InputType } from '@nestjs/graphql';
import { DigestFrequency, DigestTarget } from '../models/digest-enums.js';

@InputType({ description: 'A new subscription. A group can be subscribed only from that group, through the bot.' })
export class SubscribeDigestInput {
  @Field({ description: 'dingtalk / feishu / wecom.' })
  platform: string;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field(() => DigestTarget, { defaultValue: DigestTarget.user })
  target: DigestTarget;

  @Field(() => String, {
    nullable: true,
    description: 'user: one of the caller\'s linked accounts on the platform (optional when there is one); group: the conversation id.',
  })
  conversationId?: string;

  @Field(() => String, { nullable: true, description: 'The group\'s name, for the list.' })
  conversationTitle?: string;
}
