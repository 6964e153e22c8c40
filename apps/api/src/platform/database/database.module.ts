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
    immediateSqliteTransactions(ds);
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

/**
 * Makes every transaction on the SQLite connection begin with `BEGIN IMMEDIATE` (the write lock at once). The file is
 * shared with the background writer thread's connection: a deferred transaction that reads, then writes after that
 * connection committed, fails at once with SQLITE_BUSY (a stale snapshot cannot be upgraded; the busy timeout does not
 * apply), which surfaced as a rare 500 on any read-then-write request. TypeORM's SQLite driver has a single query
 * runner and issues a literal `BEGIN TRANSACTION` with no option for the mode, so the statement is rewritten there.
 */
export function immediateSqliteTransactions(ds: DataSource): void {
  const runner = ds.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (sql: unknown, ...rest: unknown[]) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
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
