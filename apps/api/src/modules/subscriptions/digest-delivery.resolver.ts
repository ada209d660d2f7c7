import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { Permission } from '../../auth/permission.js';
import { DigestClaimsService } from './digest-claims.service.js';
import { DigestOutcome } from './models/digest-enums.js';
import { DigestClaim } from './models/digest.model.js';

/** The bot's side of push: claim what is due, report what happened. Service token only. */
@Resolver()
export class DigestDeliveryResolver {
  constructor(private readonly claims: DigestClaimsService) {}

  @Mutation(() => [DigestClaim], {
    description: 'Bot only: claims up to `limit` due digests for this instance (a lease of 10 minutes), each with its content.',
  })
  @Allow(Permission.Service)
  claimDueDigests(
    @Args('instance', { description: 'A name of the calling bot instance, for the lease.' }) instance: string,
    @Args('platforms', { type: () => [String], description: 'The platforms this instance can send to.' }) platforms: string[],
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('now', { type: () => Date, nullable: true, description: 'The bot\'s clock; the server\'s when omitted.' }) now?: Date,
  ): Promise<DigestClaim[]> {
    return this.claims.claim(instance, platforms, now ?? new Date(), limit);
  }

  @Mutation(() => Boolean, { description: 'Bot only: records how a claimed digest\'s send ended; false when it was recorded already.' })
  @Allow(Permission.Service)
  completeDigestDelivery(
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
    @Args('outcome', { type: () => DigestOutcome }) outcome: DigestOutcome,
    @Args('error', { type: () => String, nullable: true }) error?: string,
    @Args('now', { type: () => Date, nullable: true }) now?: Date,
  ): Promise<boolean> {
    return this.claims.complete(deliveryId, outcome, error, now ?? new Date());
  }
}
