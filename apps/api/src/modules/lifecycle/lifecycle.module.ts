import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { EvaluationsModule } from '../evaluations/evaluations.module.js';
import { LifecycleMutationsResolver } from './lifecycle-mutations.resolver.js';
import { LifecycleResolver } from './lifecycle.resolver.js';
import { LifecycleService } from './lifecycle.service.js';

@Module({
  imports: [AuthModule, EvaluationsModule],
  providers: [LifecycleService, LifecycleResolver, LifecycleMutationsResolver],
})
export class LifecycleModule {}
