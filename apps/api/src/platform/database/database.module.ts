import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, type DatabaseSchema } from './data-source-options';

/** Arbitrary, fixed key of the PostgreSQL advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK_KEY = 727_004_011;

/**
 * Opens the connection and brings the schema up to date. Several replicas may start together on one PostgreSQL
 * database: each takes a session-level advisory lock before migrating, so one migrates and the others find the
 * work done. SQLite is a single-process deployment.
 */
export async function openDatabase(config: AppConfig, schema: DatabaseSchema): Promise<DataSource> {
  const ds = new DataSource({ ...dataSourceOptions(config.database, schema), migrationsRun: false });
  await ds.initialize();
  if (ds.options.type !== 'postgres') {
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  }
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) new Logger('Database').log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
  return ds;
}

/** The single database connection; migrations run when it opens. */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config.database, schema),
            migrationsRun: false,
            // Production retries give a database container time to come up; elsewhere a wrong URL fails at once.
            retryAttempts: config.isProduction ? 5 : 0,
            retryDelay: 2000,
          }),
          dataSourceFactory: async () => openDatabase(config, schema),
        }),
      ],
    };
  }
}
