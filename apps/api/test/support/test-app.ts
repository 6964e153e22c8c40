import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';

import { createApp } from '../../src/bootstrap';
import type { AppConfig } from '../../src/platform/config/app-config';
import { StartupPrinter } from '../../src/platform/config/startup-printer';
import { createTestDatabase, TestDatabase } from './test-database';

/** Collects every log line the app writes (pino destination) and every start-up notice. */
export class Capture extends StartupPrinter {
  readonly lines: string[] = [];

  /**
   * pino calls this with one serialized JSON line. An unexpected error (the one the exception filter turns into a 500)
   * is also echoed to stderr: a rare 500 in CI is otherwise a bare "expected 200, got 500" with its cause in memory.
   */
  write(chunk: string): void {
    this.lines.push(chunk);
    if (chunk.includes('"context":"Errors"')) process.stderr.write(`[api unexpected error] ${chunk.slice(0, 2_000)}\n`);
  }

  print(line: string): void {
    this.lines.push(line);
  }

  text(): string {
    return this.lines.join('');
  }
}

export interface TestApp {
  readonly app: INestApplication;
  readonly config: AppConfig;
  readonly db: TestDatabase;
  readonly logs: Capture;
  readonly printed: Capture;
  readonly admin: { email: string; password: string };
  http(): ReturnType<typeof request>;
  /** Closes the app; also drops the database unless `keepDb`. */
  close(opts?: { keepDb?: boolean }): Promise<void>;
}

export interface StartOptions {
  /** Reuse an existing database (restart scenarios). */
  readonly db?: TestDatabase;
  /** Extra or overriding environment (a value of `undefined` removes a default). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Test-only modules mounted next to the real ones. */
  readonly extraModules?: ReadonlyArray<Type | DynamicModule>;
}

export function randomPassword(): string {
  return 'pw-' + randomBytes(12).toString('base64url');
}

/** Starts the real application (same wiring as main.ts) on a fresh database of the engine under test. */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const admin = { email: 'admin@patchbay.test', password: randomPassword() };
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PATCHBAY_ADMIN_EMAIL: admin.email,
    PATCHBAY_ADMIN_PASSWORD: admin.password,
    // Cheap hashing keeps the suite fast; production defaults stay strong (see app-config).
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
    // Suites sign in from 127.0.0.1 far faster than people do (role-matrix: ~100 logins in seconds): the address
    // limit stays on, only higher; login-abuse.api-spec tests the real limits.
    PATCHBAY_LOGIN_ADDRESS_LIMIT: '2000',
    PATCHBAY_DASHBOARD_DIR: '/nonexistent-dashboard',
    // Every test database gets its own run-queue keys when the suite runs with REDIS_URL: a schedule or a delayed job
    // left by one test file must not be picked up by the next (a restart on the same database keeps the prefix).
    PATCHBAY_REDIS_PREFIX: `pbtest-${createHash('sha256').update(JSON.stringify(db.env)).digest('hex').slice(0, 16)}`,
    ...db.env,
    ...options.env,
  };
  const logs = new Capture();
  const printed = new Capture();
  let created;
  try {
    created = await createApp({ env, logDestination: logs, printer: printed, extraModules: options.extraModules });
  } catch (err) {
    if (!options.db) await db.drop();
    throw err;
  }
  const { app, config } = created;
  return {
    app,
    config,
    db,
    logs,
    printed,
    admin: { email: admin.email, password: env['PATCHBAY_ADMIN_PASSWORD'] ?? '' },
    http: () => request(app.getHttpServer()),
    close: async (opts = {}) => {
      await app.close();
      if (!opts.keepDb) await db.drop();
    },
  };
}
