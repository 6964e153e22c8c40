import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** The single database connection; migrations run when it opens. */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      // Production retries give a database container time to come up; elsewhere a wrong URL fails at once.
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config.database), retryAttempts: config.isProduction ? 5 : 0, retryDelay: 2000 })],
    };
  }
}
