import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { RankingsResolver } from './rankings.resolver.js';
import { RankingsService } from './rankings.service.js';

@Module({ providers: [DashboardService, DashboardResolver, RankingsService, RankingsResolver] })
export class DashboardModule {}
