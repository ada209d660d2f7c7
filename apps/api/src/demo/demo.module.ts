import { Module } from '@nestjs/common';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ providers: [DemoSeeder] })
export class DemoModule {}
