// Imported (not left to TypeORM's dynamic require) so the bundler lists both drivers in dist/apps/api/package.json.
import BetterSqlite3 from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import * as pg from 'pg';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';

/** The entities and migrations of the application (given by the composition root, apps/api/src/schema.ts). */
export interface DatabaseSchema {
  readonly entities: NonNullable<DataSourceOptions['entities']>;
  readonly migrations: NonNullable<DataSourceOptions['migrations']>;
}

/**
 * TypeORM options for either engine. Schema changes only ever come from migrations (run at start);
 * `synchronize` stays off everywhere, tests included.
 */
export function dataSourceOptions(db: DatabaseConfig, schema: DatabaseSchema): DataSourceOptions {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    // Migrations run in openDatabase(), under a lock on PostgreSQL.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: false,
  };
  if (db.kind === 'postgres') {
    return { type: 'postgres', url: db.url, driver: pg, ...common };
  }
  const file = db.sqlitePath as string;
  if (file !== ':memory:') privateDatabaseFile(file);
  // WAL lets the health check and readers proceed while a write is in flight.
  return { type: 'better-sqlite3', database: file, enableWAL: true, driver: BetterSqlite3, ...common };
}

/**
 * The SQLite file holds every record (credentials encrypted, sessions hashed, but still): only the service's user may
 * read it. The directory is created 0700; the file is created (or, from an older install, tightened to) 0600 before
 * SQLite opens it, and SQLite gives its -wal, -shm and -journal files the database file's permissions.
 */
function privateDatabaseFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(f)) chmodSync(f, 0o600);
  }
}
