import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type TestDbKind = 'sqlite' | 'postgres';

/** A fresh, empty database for one test file; `drop()` removes it. */
export interface TestDatabase {
  readonly kind: TestDbKind;
  /** Environment that points the API at it. */
  readonly env: Readonly<Record<string, string>>;
  drop(): Promise<void>;
}

/** Which engine this run targets (`PATCHBAY_TEST_DB`, default sqlite). */
export function testDbKind(): TestDbKind {
  const kind = process.env['PATCHBAY_TEST_DB'] ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`PATCHBAY_TEST_DB must be sqlite or postgres, got ${kind}`);
  return kind;
}

const PG_ADMIN_URL = process.env['PATCHBAY_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdminClient<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(kind: TestDbKind = testDbKind()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'patchbay-t-'));
    return { kind, env: { PATCHBAY_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `patchbay_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-t-'));
  return {
    kind,
    env: { DATABASE_URL: url.toString(), PATCHBAY_DATA_DIR: dataDir },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
