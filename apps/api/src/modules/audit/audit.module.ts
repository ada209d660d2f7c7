import { Module } from '@nestjs/common';
import { AuditFieldsResolver } from './audit-fields.resolver.js';

@Module({ providers: [AuditFieldsResolver] })
export class AuditModule {}
