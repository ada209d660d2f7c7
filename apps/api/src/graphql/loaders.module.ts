import { Module } from '@nestjs/common';
import { RequestLoadersFactory } from './request-loaders.js';

@Module({ providers: [RequestLoadersFactory], exports: [RequestLoadersFactory] })
export class LoadersModule {}
