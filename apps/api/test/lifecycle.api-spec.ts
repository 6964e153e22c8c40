import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { ConfigError } from '../src/platform/config/config-error';
import { ApiClient, auth } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const TABLES = [
  'users',
  'sessions',
  'apps',
  'app_members',
  'app_api_keys',
  'audit_events',
  'provider_credentials',
  'oauth_states',
  'connections',
  'custom_integrations',
  'chat_messages',
  'functions',
  'function_versions',
  'function_runs',
  'run_jobs',
  'function_schedules',
  'event_idempotency_keys',
];
const MIGRATION_NAMES = [
  'IdentityAppsAudit1764126000000',
  'ProvidersConnections1764130000000',
  'CustomIntegrations1764140000000',
  'Chat1764150000000',
  'Functions1764160000000',
  'Triggers1764170000000',
  'OAuthStateBinding1764180000000',
  'People1764190000000',
  'PartialGrants1764210000000',
];
const WORKSPACE = resolve(__dirname, '../../..');

async function migrationsRecorded(app: TestApp): Promise<string[]> {
  const rows: { name: string }[] = await app.app.get(DataSource).query('SELECT name FROM migrations ORDER BY id');
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('create the schema on an empty database and are idempotent on restart', async () => {
    const first = await startTestApp({ db });
    const qr = first.app.get(DataSource).createQueryRunner();
    try {
      for (const table of TABLES) expect(await qr.hasTable(table)).toBe(true);
    } finally {
      await qr.release();
    }
    expect(await migrationsRecorded(first)).toEqual(MIGRATION_NAMES);
    const api = new ApiClient(first);
    const token = await api.adminToken();
    const appId = await api.createApp(token, 'Survives restarts');
    await first.close({ keepDb: true });

    // Same database, different admin password in the environment: nothing is re-run or re-created.
    const second = await startTestApp({ db, env: { PATCHBAY_ADMIN_PASSWORD: 'another-password' } });
    try {
      expect(await migrationsRecorded(second)).toEqual(MIGRATION_NAMES);
      await second.http().post('/api/auth/login').send({ email: first.admin.email, password: 'another-password' }).expect(401);
      const again = await second.http().post('/api/auth/login').send({ email: first.admin.email, password: first.admin.password }).expect(200);
      const apps = await second
        .http()
        .get('/api/apps')
        .set(...auth(again.body.token))
        .expect(200);
      expect(apps.body.map((a: { id: string }) => a.id)).toEqual([appId]);
      const users = await second
        .http()
        .get('/api/users')
        .set(...auth(again.body.token))
        .expect(200);
      expect(users.body).toHaveLength(1);
    } finally {
      await second.close({ keepDb: true });
    }
  });

  it('can be reverted and re-applied', async () => {
    const t = await startTestApp({ db });
    try {
      const ds = t.app.get(DataSource);
      for (let i = 0; i < MIGRATION_NAMES.length; i++) await ds.undoLastMigration();
      const qr = ds.createQueryRunner();
      try {
        for (const table of TABLES) expect(await qr.hasTable(table)).toBe(false);
      } finally {
        await qr.release();
      }
      await ds.runMigrations();
      expect(await migrationsRecorded(t)).toEqual(MIGRATION_NAMES);
    } finally {
      await t.close({ keepDb: true });
    }
  });
});

describe('first admin', () => {
  it('generates a strong password when none is configured and prints it once, outside the logs', async () => {
    const db = await createTestDatabase();
    const t = await startTestApp({ db, env: { PATCHBAY_ADMIN_PASSWORD: undefined, PATCHBAY_ADMIN_EMAIL: 'Boss@Example.test' } });
    let password = '';
    try {
      expect(t.printed.lines).toHaveLength(1);
      const match = /^First admin created: boss@example\.test \/ (\S+) /.exec(t.printed.lines[0]);
      expect(match).not.toBeNull();
      password = (match as RegExpExecArray)[1];
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(t.logs.text()).not.toContain(password);
      const login = await t.http().post('/api/auth/login').send({ email: 'boss@example.test', password }).expect(200);
      expect(login.body.user.role).toBe('admin');
    } finally {
      await t.close({ keepDb: true });
    }
    const restarted = await startTestApp({ db, env: { PATCHBAY_ADMIN_PASSWORD: undefined, PATCHBAY_ADMIN_EMAIL: 'boss@example.test' } });
    try {
      expect(restarted.printed.lines).toEqual([]);
      await restarted.http().post('/api/auth/login').send({ email: 'boss@example.test', password }).expect(200);
    } finally {
      await restarted.close();
    }
  });

  it('refuses to invent a password in production', async () => {
    const db = await createTestDatabase();
    try {
      await expect(
        startTestApp({
          db,
          env: {
            NODE_ENV: 'production',
            PATCHBAY_ADMIN_PASSWORD: undefined,
            PATCHBAY_ENCRYPTION_KEY: 'k'.repeat(43) + '=',
            PATCHBAY_ARGON2_MEMORY_KIB: '19456',
            PATCHBAY_ARGON2_TIME_COST: '2',
          },
        }),
      ).rejects.toThrow('Invalid configuration: PATCHBAY_ADMIN_PASSWORD is required for the first start when NODE_ENV=production');
    } finally {
      await db.drop();
    }
  });
});

describe('configuration errors', () => {
  it.each([
    [{ PORT: 'http' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [
      { DATABASE_URL: 'mysql://db/x' },
      'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)',
    ],
  ])('createApp(%j) fails before starting anything', async (env, message) => {
    const err = await createApp({ env }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(message);
  });
});

describe('process (main.ts)', () => {
  // Runs the real entry point through swc (no build needed); slower, so only the two behaviours that need a process.
  function runMain(env: Record<string, string>): {
    done: Promise<{ code: number | null; stdout: string; stderr: string }>;
    kill: (s: NodeJS.Signals) => void;
    stdout: () => string;
  } {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: WORKSPACE,
      env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
      child.on('exit', (code) => res({ code, stdout, stderr })),
    );
    return { done, kill: (s) => child.kill(s), stdout: () => stdout };
  }

  async function freePort(): Promise<number> {
    return new Promise((res) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const { port } = srv.address() as { port: number };
        srv.close(() => res(port));
      });
    });
  }

  it('prints one clear line and exits 1 on a bad variable', async () => {
    const { code, stdout, stderr } = await runMain({ PORT: '99999' }).done;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Invalid configuration: PORT must be an integer between 1 and 65535\n');
  });

  it('prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'patchbay-main-'));
    const port = await freePort();
    const proc = runMain({
      PORT: String(port),
      PATCHBAY_DATA_DIR: dir,
      PATCHBAY_ADMIN_PASSWORD: 'main-test-password',
      PATCHBAY_ARGON2_MEMORY_KIB: '1024',
      PATCHBAY_ARGON2_TIME_COST: '1',
      LOG_LEVEL: 'warn',
    });
    try {
      const deadline = Date.now() + 30_000;
      while (!proc.stdout().includes('listening') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(proc.stdout()).toContain(`Patchbay API listening on http://127.0.0.1:${port}`);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite', queue: 'embedded' });
      proc.kill('SIGTERM');
      const { code, stdout } = await proc.done;
      expect(code).toBe(0);
      expect(stdout).toContain('stopping (SIGTERM)');
    } finally {
      proc.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('health, docs and dashboard', () => {
  let t: TestApp;
  let dashboard: string;

  beforeAll(async () => {
    dashboard = mkdtempSync(join(tmpdir(), 'patchbay-dash-'));
    writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>Patchbay dashboard</title>');
    mkdirSync(join(dashboard, 'assets'));
    writeFileSync(join(dashboard, 'assets', 'main.js'), 'console.log("dashboard")');
    t = await startTestApp({ env: { PATCHBAY_DASHBOARD_DIR: dashboard } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dashboard, { recursive: true, force: true });
  });

  it('GET /api/health names the engine', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: t.db.kind, queue: t.config.redisUrl ? 'bullmq' : 'embedded' });
  });

  it('serves Swagger UI and the OpenAPI document with bearer auth declared', async () => {
    const ui = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(doc.body.components.securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/users',
        '/api/apps',
        '/api/apps/{app}',
        '/api/apps/{app}/members/{userId}',
        '/api/apps/{app}/api-keys/{id}',
        '/api/apps/{app}/audit',
        '/api/health',
      ]),
    );
    expect(doc.body.components.schemas.CreateAppDto.required).toEqual(['name']);
  });

  it('serves the dashboard at / with a single-page-app fallback, never for /api', async () => {
    expect((await t.http().get('/').expect(200)).text).toContain('Patchbay dashboard');
    expect((await t.http().get('/apps/123/members').expect(200)).text).toContain('Patchbay dashboard');
    expect((await t.http().get('/assets/main.js').expect(200)).text).toContain('dashboard');
    const api = await t.http().get('/api/unknown').expect(404);
    expect(api.body.error.code).toBe('not_found');
    const post = await t.http().post('/somewhere').send({}).expect(404);
    expect(post.body.error.code).toBe('not_found');
  });

  it('answers 503 database_unavailable when the database is gone', async () => {
    await t.app.get(DataSource).destroy();
    const res = await t.http().get('/api/health').expect(503);
    expect(res.body).toEqual({ error: { code: 'database_unavailable', message: 'The database does not answer' } });
  });
});
