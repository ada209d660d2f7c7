import { Module } from '@nestjs/common';
import { DigestClaimsService } from './digest-claims.service.js';
import { DigestContentService } from './digest-content.service.js';
import { DigestDeliveryResolver } from './digest-delivery.resolver.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** 订阅: digest subscriptions, their schedule and deliveries (the bot sends them). */
@Module({ providers: [SubscriptionsService, SubscriptionsResolver, DigestContentService, DigestClaimsService, DigestDeliveryResolver] })
export class SubscriptionsModule {}
