import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AuthModule } from './auth/auth.module.js';
import { CommonModule } from './common/common.module.js';
import { GraphQLErrorFilter } from './common/errors/graphql-error.filter.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GraphQLDriverModule } from './graphql/graphql-driver.module.js';
import { NullArgumentsPipe } from './graphql/null-arguments.pipe.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { ChatModule } from './modules/chat/chat.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { EvaluationsModule } from './modules/evaluations/evaluations.module.js';
import { HistoryModule } from './modules/history/history.module.js';
import { IndicatorsModule } from './modules/indicators/indicators.module.js';
import { LifecycleModule } from './modules/lifecycle/lifecycle.module.js';
import { MonitoringModule } from './modules/monitoring/monitoring.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        DatabaseModule,
        GraphQLDriverModule,
        AuthModule,
        RegionsModule,
        UnitsModule,
        ProjectsModule,
        HistoryModule,
        BudgetsModule,
        IndicatorsModule,
        EvaluationsModule,
        LifecycleModule,
        AuditModule,
        MonitoringModule,
        DashboardModule,
        DocumentsModule,
        ChatModule,
        SubscriptionsModule,
        UsersModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        // GraphQL arguments: an explicit null means “not given” (null-arguments.pipe.ts).
        { provide: APP_PIPE, useClass: NullArgumentsPipe },
      ],
    };
  }
}
