import { Module } from '@nestjs/common';
import { MonitoringFieldsResolver } from './monitoring-fields.resolver.js';

@Module({ providers: [MonitoringFieldsResolver] })
export class MonitoringModule {}
