import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import { CommonModule } from './common/common.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GraphQLDriverModule } from './graphql/graphql-driver.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { UnitsModule } from './modules/units/units.module.js';

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
        DemoModule,
      ],
    };
  }
}
