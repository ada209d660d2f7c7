import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AlertColour } from '../../projects/models/enums.js';
import { DigestFrequency, DigestTarget } from './digest-enums.js';

@ObjectType({ description: 'One project in a digest section.' })
export class DigestItem {
  @Field(() => ID)
  projectId: string;

  @Field()
  projectName: string;

  @Field()
  unitName: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => AlertColour, { nullable: true })
  colour: AlertColour | null;

  @Field({ description: 'What the item is about, with its figures (e.g. 预算执行率 45.02% = 已支出 ÷ 已到位).' })
  detail: string;
}

@ObjectType({ description: 'A digest section: how many there are in all, and the first of them.' })
export class DigestSection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [DigestItem])
  items: DigestItem[];
}

@ObjectType({ description: 'The content of one digest, computed with the owner\'s permissions at the first claim and kept for retries.' })
export class DigestContent {
  @Field(() => Int, { description: 'The fiscal year the digest covers: the current one (Beijing time).' })
  fiscalYear: number;

  @Field({ description: 'The date the figures were judged at (YYYY-MM-DD).' })
  asOf: string;

  @Field(() => Int, { description: 'Projects of that year the owner may see: 0 means no data, not an all-clear.' })
  projectCount: number;

  @Field(() => String, { nullable: true, description: 'The due time of the previous digest (ISO), or null for the first.' })
  since: string | null;

  @Field(() => DigestSection, { description: 'Execution alerts (执行率 vs 序时进度) red or amber that the previous digest did not report.' })
  newAlerts: DigestSection;

  @Field(() => Int, { description: 'All red or amber execution alerts now, new or not.' })
  alertCount: number;

  @Field(() => DigestSection, { description: 'Projects with a performance indicator behind 序时进度 (指标进度预警 red or amber).' })
  behindIndicators: DigestSection;

  @Field(() => DigestSection, { description: 'Evaluations still in draft that the owner may score and submit.' })
  awaitingEvaluations: DigestSection;

  @Field({ description: 'The end of the fiscal year\'s budget execution (YYYY-12-31).' })
  yearEnd: string;

  @Field(() => Int, { description: 'Days from asOf to yearEnd.' })
  daysToYearEnd: number;
}

@ObjectType({ description: 'A due digest claimed by one bot instance: send it, then report the outcome.' })
export class DigestClaim {
  @Field(() => ID, { description: 'The delivery id; also the idempotency key to give the platform.' })
  deliveryId: string;

  @Field(() => ID)
  subscriptionId: string;

  @Field()
  platform: string;

  @Field(() => DigestTarget)
  target: DigestTarget;

  @Field()
  conversationId: string;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field()
  dueAt: Date;

  @Field(() => Int)
  attempt: number;

  @Field({ description: 'True when an earlier claim of this delivery ended without an outcome: it may already have gone out.' })
  possiblySent: boolean;

  @Field(() => DigestContent)
  content: DigestContent;
}
