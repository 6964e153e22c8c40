import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AuditWriter } from '../src/modules/audit/audit-writer';
import { ApiClient, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// The operations endpoint is served by a fast lane in front of Express (OperationsFastLane) when the request has the
// plain shape (session token in the Authorization header, JSON body without a content encoding). The same request
// with `Content-Encoding: identity` (which the body parser accepts, the lane does not) goes through Express and Nest's
// full pipeline. Every answer must be the same both ways: status, body and error codes, whatever is wrong with the request.
let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let appId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR, PATCHBAY_BODY_LIMIT_BYTES: '8192' } });
  api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
  outsider = await api.createUser(admin, 'outsider');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  await configureAllProviders(t, admin, sandbox);
  const flow = await connectFlow(t, editor.token, appId, 'google-drive', { operations: ['files.list'] }, { account: 1 });
  expect(flow.outcome).toBe('connected');
  // Only what conversations.list needs: chat.postMessage is then missing a permission.
  const slack = await connectFlow(t, editor.token, appId, 'slack', { operations: ['conversations.list'] }, { account: 1 });
  expect(slack.outcome).toBe('connected');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

interface Call {
  token: string;
  path?: string;
  body?: unknown;
  raw?: string;
}

const opPath = (op: string, provider = 'google-drive', app = appId) => `/api/apps/${app}/connections/${provider}/operations/${op}`;

/** The request through the fast lane (plain shape) and through Express (an identity content encoding). */
async function bothWays(c: Call): Promise<{ fast: Response; express: Response }> {
  const path = c.path ?? opPath('files.list');
  const payload = c.raw ?? JSON.stringify(c.body ?? { input: {} });
  const fast = await t.http().post(path).set('Authorization', `Bearer ${c.token}`).set('Content-Type', 'application/json').send(payload);
  const express = await t
    .http()
    .post(path)
    .set('Authorization', `Bearer ${c.token}`)
    .set('Content-Type', 'application/json')
    .set('Content-Encoding', 'identity')
    .send(payload);
  return { fast, express };
}

/** Consent URLs carry a fresh single-use state on every call: compare them without it. */
function normalised(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body).replace(/state=[A-Za-z0-9_-]+/g, 'state=<state>'));
}

async function expectSame(c: Call, status: number, code?: string): Promise<Response> {
  const { fast, express } = await bothWays(c);
  expect({ status: fast.status, body: normalised(fast.body) }).toEqual({ status: express.status, body: normalised(express.body) });
  expect(fast.status).toBe(status);
  expect(fast.headers['content-type']).toBe('application/json; charset=utf-8');
  if (code) expect(fast.body.error.code).toBe(code);
  return fast;
}

describe('operations fast lane', () => {
  it('answers a call like the full pipeline does', async () => {
    const r = await expectSame({ token: editor.token }, 200);
    expect(r.body.status).toBe(200);
    expect(Array.isArray(r.body.data.files)).toBe(true);
    await expectSame({ token: editor.token, body: { input: null } }, 200);
    await expectSame({ token: viewer.token }, 200);
    await expectSame({ token: editor.token, path: `${opPath('files.list')}/` }, 200);
  });

  it('sends the headers Express sends (security headers, no-store), whatever the answer', async () => {
    const volatile = new Set(['date', 'content-length', 'etag', 'connection', 'keep-alive']);
    const headersOf = (r: Response) => Object.fromEntries(Object.entries(r.headers).filter(([k]) => !volatile.has(k)));
    for (const c of [{ token: editor.token }, { token: 'pbs_not-a-session' }, { token: editor.token, raw: '{"input":' }]) {
      const { fast, express } = await bothWays(c);
      expect(headersOf(fast)).toEqual(headersOf(express));
      expect(fast.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('serves the plain request itself and leaves the content-encoded one to Express', async () => {
    const before = t.logs.lines.length;
    await bothWays({ token: editor.token });
    const completed = () =>
      t.logs.lines
        .slice(before)
        .map((l) => JSON.parse(l) as { msg?: string; req?: { id?: unknown; url?: string; headers?: Record<string, unknown> } })
        .filter((l) => l.msg === 'request completed' && l.req?.url?.includes('/operations/'))
        .map((l) => ({ id: String(l.req?.id), auth: l.req?.headers?.['authorization'] }));
    // pino-http writes its line on the response's 'finish', which may come after the client has read the answer.
    for (let waited = 0; completed().length < 2 && waited < 2_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const ids = completed();
    expect(ids).toHaveLength(2);
    expect(ids[0].id).toMatch(/^fast-/);
    expect(ids[0].auth).toBe('[Redacted]');
    expect(ids[1].id).not.toMatch(/^fast-/);
  });

  it('refuses callers alike: bad token, unknown or foreign app, viewer writing', async () => {
    await expectSame({ token: 'pbs_not-a-session' }, 401, 'unauthorized');
    await expectSame({ token: editor.token, path: opPath('files.list', 'google-drive', randomUUID()) }, 404, 'app_not_found');
    await expectSame({ token: editor.token, path: opPath('files.list', 'google-drive', 'not-a-uuid') }, 404, 'app_not_found');
    await expectSame({ token: outsider.token }, 404, 'app_not_found');
    await expectSame({ token: viewer.token, path: opPath('files.create'), body: { input: { body: { name: 'x' } } } }, 403, 'forbidden');
  });

  it('rejects bad bodies alike: not JSON, too large, wrong shape', async () => {
    await expectSame({ token: editor.token, raw: '{"input":' }, 400, 'invalid_json');
    await expectSame({ token: editor.token, raw: '"just a string"' }, 400, 'invalid_json');
    // The lane reads plain bodies itself, Express with body-parser: the edges of body-parser's strict JSON read alike.
    await expectSame({ token: editor.token, raw: '\uFEFF{"input":{}}' }, 200);
    await expectSame({ token: editor.token, raw: ' \r\n\t{"input":{}} \n' }, 200);
    await expectSame({ token: editor.token, raw: 'null' }, 400, 'invalid_json');
    await expectSame({ token: editor.token, raw: '  7' }, 400, 'invalid_json');
    await expectSame({ token: editor.token, raw: '{"input":{}}x' }, 400, 'invalid_json');
    await expectSame({ token: editor.token, raw: '{"input":{"q":"\u00e9\ud83d\ude00"}}' }, 200);
    // Nested past the limit (the ValidationPipe and JSON.stringify would overflow the stack), NUL, lone surrogate.
    const deep = await expectSame({ token: editor.token, raw: `{"input":{"q":${'['.repeat(2000)}${']'.repeat(2000)}}}` }, 400, 'invalid_json');
    expect(deep.body.error.message).toContain('64');
    const nul = await expectSame({ token: editor.token, body: { input: { q: 'a\u0000b' } } }, 400, 'validation_failed');
    expect(nul.body.error.details).toEqual([{ field: 'input.q', errors: ['must not contain NUL characters'] }]);
    await expectSame({ token: editor.token, raw: '{"input":{"q":"\\ud800"}}' }, 400, 'validation_failed');
    await expectSame({ token: editor.token, raw: JSON.stringify({ input: { q: 'x'.repeat(9000) } }) }, 413, 'payload_too_large');
    await expectSame({ token: editor.token, body: [] }, 400, 'validation_failed');
    await expectSame({ token: editor.token, body: { input: {}, extra: 1 } }, 400, 'validation_failed');
    await expectSame({ token: editor.token, body: { input: 'files' } }, 400, 'validation_failed');
    await expectSame({ token: editor.token, body: { input: [] } }, 400, 'validation_failed');
    await expectSame({ token: editor.token, body: { nextPageUrl: 'x'.repeat(4097) } }, 400, 'validation_failed');
    await expectSame({ token: editor.token, body: { nextPageUrl: 7 } }, 400, 'validation_failed');
  });

  it('reports unknown providers and operations, invalid input and missing permissions alike', async () => {
    await expectSame({ token: editor.token, path: opPath('files.list', 'no-such-provider') }, 404);
    await expectSame({ token: editor.token, path: opPath('files.nothing') }, 400);
    await expectSame({ token: editor.token, body: { input: { pageSize: 'many' } } }, 400, 'invalid_input');
    const post = { body: { channel: 'C1', text: 'hi' } };
    const scope = await expectSame(
      { token: editor.token, path: opPath('chat.postMessage', 'slack'), body: { input: post } },
      403,
      'insufficient_scope',
    );
    expect(scope.body.error.authorizeUrl).toMatch(/^http/);
    expect(scope.body.error.missingScopes).toEqual(['chat:write']);
    await expectSame({ token: editor.token, path: opPath('files.list', 'hubspot') }, 404);
  });

  it('answers a burst of concurrent calls and leaves exactly one audit record per call', async () => {
    const N = 300;
    await t.app.get(AuditWriter).flush(); // what earlier tests left in the buffer
    const before = await auditedCalls();
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        t
          .http()
          .post(opPath('files.list'))
          .set('Authorization', `Bearer ${editor.token}`)
          .send({ input: { pageSize: 3 } }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(N).fill(200));
    for (const r of answers) expect(r.body.data.files).toHaveLength(3);
    // The buffer writes in batches (on SQLite from a worker thread); a flush makes everything so far durable.
    await t.app.get(AuditWriter).flush();
    expect((await auditedCalls()) - before).toBe(N);
    // Stored as written: what ran, its outcome and when (the batch insert keeps the timestamps' meaning).
    const audit = await t.http().get(`/api/apps/${appId}/audit`).set('Authorization', `Bearer ${editor.token}`).expect(200);
    const last = (audit.body as Array<{ action: string; target: string; createdAt: string; metadata: Record<string, unknown> }>).find(
      (e) => e.action === 'operation.called',
    );
    expect(last).toMatchObject({ target: 'google-drive.files.list', metadata: { provider: 'google-drive', operation: 'files.list', status: 200 } });
    expect(Math.abs(Date.parse(last?.createdAt ?? '') - Date.now())).toBeLessThan(60_000);
  });
});

async function auditedCalls(): Promise<number> {
  const ds = t.app.get(DataSource);
  const p = ds.options.type === 'postgres' ? '$1' : '?';
  const rows: Array<{ n: string | number }> = await ds.query(
    `SELECT COUNT(*) AS n FROM audit_events WHERE action = 'operation.called' AND app_id = ${p}`,
    [appId],
  );
  return Number(rows[0].n);
}
