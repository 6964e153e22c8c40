import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ApiClient, auth } from './support/api-client';
import { testDbKind } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every answer carries the security headers (helmet): a dashboard page, an API JSON answer (success and error) and
 * an answer of the operations fast lane, which writes its responses outside Express. API answers are never cached.
 * And the files the instance writes (data directory, SQLite database and its WAL, development key) are private.
 */
// The head of the dashboard's production build (`nx run dashboard:build:production`): critical CSS inlined, the full
// stylesheet swapped in by an inline onload handler, one external module script.
const DASHBOARD_HTML = `<!doctype html><html><head><style>html{color-scheme:light}</style><link rel="stylesheet" href="styles.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.css"></noscript></head><body><app-root></app-root><script src="main.js" type="module"></script></body></html>`;

function expectSecurityHeaders(res: Response): void {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // The only inline handler allowed is the dashboard's stylesheet swap, by its hash.
  expect(csp).toContain("script-src-attr 'unsafe-hashes' 'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='");
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  // The OAuth popup reports back through window.opener: no COOP. Plain-HTTP public URL: no HSTS.
  expect(res.headers['cross-origin-opener-policy']).toBeUndefined();
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  let t: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'patchbay-dash-'));
    writeFileSync(join(dashboardDir, 'index.html'), DASHBOARD_HTML);
    writeFileSync(join(dashboardDir, 'styles.css'), 'body{margin:0}');
    t = await startTestApp({ env: { PATCHBAY_DASHBOARD_DIR: dashboardDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  it('on dashboard pages (the SPA fallback and static files), cacheable', async () => {
    for (const path of ['/', '/apps/some/deep/link', '/styles.css']) {
      const res = await t.http().get(path).expect(200);
      expectSecurityHeaders(res);
      expect(res.headers['cache-control']).not.toBe('no-store');
    }
    const page = await t.http().get('/').expect(200);
    expect(page.text).toContain('<app-root>');
    // Each inline handler of the page (the markup Angular's production build writes) is allowed by its hash.
    const handlers = [...page.text.matchAll(/\son\w+="([^"]*)"/g)].map((m) => m[1]);
    expect(handlers).toEqual(["this.media='all'"]);
    for (const h of handlers) {
      expect(page.headers['content-security-policy']).toContain(`'sha256-${createHash('sha256').update(h).digest('base64')}'`);
    }
  });

  it('on API JSON answers, success and error alike, never cached', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: t.admin.email, password: t.admin.password }).expect(200);
    const token = login.body.token as string;
    const answers = [
      login,
      await t.http().post('/api/auth/login').send({ email: t.admin.email, password: 'wrong-password' }),
      await t
        .http()
        .get('/api/me')
        .set(...auth(token))
        .expect(200),
      await t.http().get('/api/nope'),
      await t.http().get('/api/docs-json').expect(200),
    ];
    for (const res of answers) {
      expectSecurityHeaders(res);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('on answers of the operations fast lane', async () => {
    const token = await new ApiClient(t).adminToken();
    const before = t.logs.lines.length;
    const res = await t
      .http()
      .post(`/api/apps/${randomUUID()}/connections/google-drive/operations/files.list`)
      .set(...auth(token))
      .set('Content-Type', 'application/json')
      .send({ input: {} });
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe('no-store');
    // It really was the fast lane that answered (its request-log ids start with `fast-`).
    const ids = t.logs.lines.slice(before).map((l) => (JSON.parse(l) as { req?: { id?: unknown } }).req?.id);
    expect(ids).toContainEqual(expect.stringMatching(/^fast-/));
  });
});

describe('data files', () => {
  let root: string;
  let t: TestApp | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'patchbay-perm-'));
  });
  afterAll(async () => {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const mode = (path: string) => statSync(path).mode & 0o777;

  it('are readable by the service user only: data directory 0700, database, WAL and key 0600', async () => {
    // A directory the instance has to create itself.
    const dataDir = join(root, 'nested', 'data');
    t = await startTestApp({ env: { PATCHBAY_DATA_DIR: dataDir } });
    // A write, so SQLite has a WAL to show.
    await new ApiClient(t).createApp(await new ApiClient(t).adminToken());
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(root, 'nested'))).toBe(0o700);
    expect(mode(join(dataDir, 'encryption.key'))).toBe(0o600);
    if (t.db.kind === 'sqlite') {
      for (const file of ['patchbay.sqlite', 'patchbay.sqlite-wal', 'patchbay.sqlite-shm']) {
        expect({ file, mode: mode(join(dataDir, file)).toString(8) }).toEqual({ file, mode: '600' });
      }
    }
  });

  // PostgreSQL keeps its own files; only SQLite's are the instance's.
  (testDbKind() === 'sqlite' ? it : it.skip)('an existing world-readable database is tightened on start', async () => {
    await t?.close();
    t = undefined;
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    const started = await startTestApp({ env: { PATCHBAY_DATA_DIR: dataDir } });
    await started.close({ keepDb: true });
    const file = join(dataDir, 'patchbay.sqlite');
    chmodSync(file, 0o644);
    t = await startTestApp({ db: started.db, env: { PATCHBAY_DATA_DIR: dataDir } });
    expect(mode(file)).toBe(0o600);
  });
});
