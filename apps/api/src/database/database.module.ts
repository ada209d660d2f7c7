import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { connectDatabase } from './connect.js';
import { DB, type DatabaseConnection } from './database.types.js';

const CONNECTION = Symbol('DatabaseConnection');

/** The one drizzle instance of the process (PGlite by default, PostgreSQL with DATABASE_URL). */
@Global()
@Module({
  providers: [
    {
      provide: CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => connectDatabase(config.database),
    },
    { provide: DB, inject: [CONNECTION], useFactory: (connection: DatabaseConnection) => connection.db },
  ],
  exports: [DB],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(CONNECTION) private readonly connection: DatabaseConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
