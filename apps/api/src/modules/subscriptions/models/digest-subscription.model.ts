import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DigestFrequency, DigestTarget } from './digest-enums.js';

@ObjectType({ description: '订阅: a daily or weekly digest of what its owner may see, sent to a chat account or group.' })
export class DigestSubscription {
  @Field(() => ID)
  id: string;

  @Field({ description: 'dingtalk / feishu / wecom.' })
  platform: string;

  @Field(() => DigestTarget)
  target: DigestTarget;

  @Field({ description: 'The recipient\'s id on the platform: the user\'s account or the group\'s conversation id.' })
  conversationId: string;

  @Field(() => String, { nullable: true, description: 'The group\'s name when the platform gave one.' })
  conversationTitle: string | null;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field({ description: 'When the next digest is due.' })
  nextRunAt: Date;

  @Field(() => Date, { nullable: true, description: 'The due time of the last digest delivered.' })
  lastDeliveredAt: Date | null;

  @Field()
  createdAt: Date;
}
