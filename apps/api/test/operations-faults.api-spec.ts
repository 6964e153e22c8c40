import { loadCatalogSync, type OperationModel, type ProviderModel } from '@patchbay/spec';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { providerCalls, runOperation, sandboxCounters, type Json, type OperationResponse } from './support/operation-call';
import { sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Every fault kind of the sandbox control API through the HTTP endpoint: what is retried, how often, and what the
// caller sees when it persists. The runtime's retry budget is 4 attempts (first included); the per-attempt timeout
// comes from PATCHBAY_PROVIDER_TIMEOUT_MS (validated configuration) so a delay fault can outlast it quickly.
const catalog = loadCatalogSync(SPECS_DIR);
const MAX_ATTEMPTS = 4;
const TIMEOUT_MS = 1_500;

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let editor: TestUser;
let appId: string;

/** Operations the sandbox answers on its operation route (the identity URL is counted apart, faults do not apply). */
function isIdentityUrl(p: ProviderModel, o: OperationModel): boolean {
  return p.identity.request?.url.split('?')[0] === o.serverUrl.replace(/\/+$/, '') + o.path;
}

/** A call per provider that needs no ids: a read when there is one, else a write (rate limits apply to any method). */
function probe(p: ProviderModel): { op: OperationModel; input: Record<string, unknown> } {
  const usable = p.operations.filter((o) => !isIdentityUrl(p, o) && !o.parameters.some((x) => x.in === 'path'));
  const op = usable.find((o) => o.readOnly) ?? usable[0];
  if (!op) throw new Error(`${p.id}: no operation without ids`);
  return { op, input: PROBE_INPUT[`${p.id}:${op.id}`] ?? sampleInput(p, op) };
}

/** Inputs the schema sampler cannot guess well enough for the sandbox to accept. */
const PROBE_INPUT: Record<string, Record<string, unknown>> = {
  'linkedin:posts.create': {
    body: {
      author: 'urn:li:person:abc123',
      commentary: 'fault test',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    },
  },
  'salesforce:query': { q: 'SELECT Id FROM Lead' },
};

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({
    env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR, PATCHBAY_PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await configureAllProviders(t, admin, sandbox);
  for (const p of catalog.providers) {
    const flow = await connectFlow(t, editor.token, appId, p.id, { operations: p.operations.map((o) => o.id) }, { account: 1 });
    expect(flow.outcome).toBe('connected');
  }
}, 180_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

afterEach(async () => {
  await sandbox.control('/faults', { method: 'DELETE' });
});

/**
 * The expiry tests expire every grant of an auth group (Google's five share one), so a later call may start with a
 * 401 → refresh → retry, one provider call more than the fault alone explains. A plain call first settles the token.
 */
async function settleToken(p: string, o: string, input: Record<string, unknown>): Promise<void> {
  const r = await runOperation(t, editor.token, appId, p, o, input);
  expect(r.httpStatus).toBe(200);
}

async function arm(fault: {
  operationId: string;
  provider: string;
  kind: string;
  count?: number;
  status?: number;
  retryAfter?: number;
  delayMs?: number;
}): Promise<void> {
  const r = await sandbox.control('/faults', { body: fault });
  expect(r.status).toBe(201);
}

/** Runs a call and reports how many requests reached the sandbox for that operation meanwhile. */
async function measured(p: string, o: string, input: Record<string, unknown>): Promise<OperationResponse & { providerCalls: number; ms: number }> {
  const before = await providerCalls(sandbox, p, o);
  const started = Date.now();
  const r = await runOperation(t, editor.token, appId, p, o, input);
  const ms = Date.now() - started;
  return { ...r, ms, providerCalls: (await providerCalls(sandbox, p, o)) - before };
}

const CAL = 'google-calendar';
const LIST_INPUT = { calendarId: 'primary', maxResults: 5 };
const INSERT_INPUT = {
  calendarId: 'primary',
  body: { summary: 'fault test', start: { dateTime: '2026-12-01T10:00:00Z' }, end: { dateTime: '2026-12-01T11:00:00Z' } },
};

describe('5xx', () => {
  beforeEach(() => settleToken(CAL, 'events.list', LIST_INPUT));

  it('retries an idempotent read until it succeeds (the sandbox saw N+1 calls)', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: '5xx', count: 2 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(200);
    expect(Array.isArray(r.body.data.items)).toBe(true);
    expect(r.providerCalls).toBe(3);
  });

  it('retries a PUT (idempotent write) as well', async () => {
    const sheet = (await runOperation(t, editor.token, appId, 'google-sheets', 'spreadsheets.create', { body: { properties: { title: 'x' } } })).body
      .data as Json;
    await arm({ operationId: 'spreadsheets.values.update', provider: 'google-sheets', kind: '5xx', status: 500, count: 1 });
    const r = await measured('google-sheets', 'spreadsheets.values.update', {
      spreadsheetId: sheet.spreadsheetId,
      range: 'A1:B1',
      valueInputOption: 'RAW',
      body: { values: [['a', 'b']] },
    });
    expect(r.httpStatus).toBe(200);
    expect(r.providerCalls).toBe(2);
  });

  it('does not retry a non-idempotent write: 502 provider_error after one call', async () => {
    await arm({ operationId: 'events.insert', provider: CAL, kind: '5xx', count: 1 });
    const r = await measured(CAL, 'events.insert', INSERT_INPUT);
    expect(r.httpStatus).toBe(502);
    expect(r.body.error).toMatchObject({ code: 'provider_error', providerStatus: 503, attempts: 1 });
    expect(r.providerCalls).toBe(1);
    // The fault was used up by that one call: the same write now goes through.
    expect((await measured(CAL, 'events.insert', INSERT_INPUT)).httpStatus).toBe(200);
  });

  it('gives up on a read after a bounded number of attempts: 502 provider_error', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: '5xx', status: 500, count: 50 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(502);
    expect(r.body.error).toMatchObject({ code: 'provider_error', providerStatus: 500, attempts: MAX_ATTEMPTS });
    expect(r.providerCalls).toBe(MAX_ATTEMPTS);
  });
});

describe('429 with Retry-After', () => {
  it('waits the Retry-After (1 s) and retries, even a non-idempotent write', async () => {
    await arm({ operationId: 'chat.postMessage', provider: 'slack', kind: '429', retryAfter: 1, count: 1 });
    const r = await measured('slack', 'chat.postMessage', { body: { channel: 'C0123456789', text: 'after the wait' } });
    expect(r.httpStatus).toBe(200);
    expect(r.body.data.ok).toBe(true);
    expect(r.providerCalls).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(950);
  });

  it('answers 429 rate_limited with the hint when it persists, after bounded attempts', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: '429', retryAfter: 1, count: 50 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(429);
    expect(r.body.error).toMatchObject({ code: 'rate_limited', providerStatus: 429, retryAfterSeconds: 1, attempts: MAX_ATTEMPTS });
    expect(r.retryAfter).toBe('1');
    expect(r.providerCalls).toBe(MAX_ATTEMPTS);
    expect(r.ms).toBeGreaterThanOrEqual((MAX_ATTEMPTS - 1) * 950);
  });
});

describe('429 with a Retry-After beyond what a call may wait', () => {
  it('answers at once with the hint instead of holding the request for a minute', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: '429', retryAfter: 120, count: 1 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(429);
    expect(r.body.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 120, attempts: 1 });
    expect(r.retryAfter).toBe('120');
    expect(r.providerCalls).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
  });
});

describe("providers' own rate-limit signals", () => {
  const shapes: Array<[string, string, Record<string, unknown>, number, string]> = [
    [CAL, 'events.list', LIST_INPUT, 403, 'rateLimitExceeded'],
    ['salesforce', 'query', { q: 'SELECT Id FROM Lead' }, 403, 'REQUEST_LIMIT_EXCEEDED'],
    ['slack', 'conversations.list', { limit: 5 }, 429, 'ratelimited'],
  ];

  it.each(shapes)('%s %s: %i %s is retried and the call succeeds', async (p, o, input) => {
    await arm({ operationId: o, provider: p, kind: 'rateLimit', count: 1 });
    const r = await measured(p, o, input);
    expect(r.httpStatus).toBe(200);
    expect(r.providerCalls).toBe(2);
  });

  it.each(shapes)('%s %s: a persistent %i %s ends as 429 rate_limited after bounded attempts', async (p, o, input, status, code) => {
    await arm({ operationId: o, provider: p, kind: 'rateLimit', count: 50 });
    const r = await measured(p, o, input);
    expect(r.httpStatus).toBe(429);
    expect(r.body.error).toMatchObject({ code: 'rate_limited', providerStatus: status, providerCode: code, attempts: MAX_ATTEMPTS });
    expect(r.providerCalls).toBe(MAX_ATTEMPTS);
  });

  it.each(catalog.providers.map((p) => [p.id, p] as const))('%s: its sandbox rate-limit shape is recognised and retried', async (id, p) => {
    const { op, input } = probe(p);
    await arm({ operationId: op.id, provider: id, kind: 'rateLimit', count: 1 });
    const r = await measured(id, op.id, input);
    expect([r.httpStatus, r.body.error]).toEqual([200, undefined]);
    expect(r.providerCalls).toBe(2);
  });
});

describe('401 after token expiry', () => {
  async function expireGrant(p: ProviderModel): Promise<void> {
    const grants = (await sandbox.control('/grants')).json as Array<{ id: string; group: string; revoked: boolean }>;
    let n = 0;
    for (const g of grants) {
      if (g.group !== p.oauth.group || g.revoked) continue;
      const r = await sandbox.control('/tokens/expire', { body: { grantId: g.id } });
      expect(r.status).toBe(200);
      n++;
    }
    expect(n).toBeGreaterThan(0);
  }

  it.each(catalog.providers.filter((p) => p.oauth.refresh !== 'none').map((p) => [p.id, p] as const))(
    '%s: refreshes once and retries the call',
    async (id, p) => {
      const { op, input } = probe(p);
      await expireGrant(p);
      const before = await sandboxCounters(sandbox);
      const r = await measured(id, op.id, input);
      expect([r.httpStatus, r.body.error]).toEqual([200, undefined]);
      const after = await sandboxCounters(sandbox);
      expect(after.refreshes - before.refreshes).toBe(1);
      expect(r.providerCalls).toBe(2);
      // The new token is kept: the next call needs no refresh.
      expect((await measured(id, op.id, input)).httpStatus).toBe(200);
      expect((await sandboxCounters(sandbox)).refreshes - before.refreshes).toBe(1);
    },
  );

  it.each(catalog.providers.filter((p) => p.oauth.refresh === 'none').map((p) => [p.id, p] as const))(
    '%s (no refresh tokens): an expired token is reported, not retried forever',
    async (id, p) => {
      const { op, input } = probe(p);
      await expireGrant(p);
      const before = await sandboxCounters(sandbox);
      const r = await measured(id, op.id, input);
      expect(r.httpStatus).toBe(409);
      expect(r.body.error).toMatchObject({ code: 'needs_reconnect' });
      expect(r.providerCalls).toBe(1);
      // Later calls are refused without asking the provider again.
      const again = await measured(id, op.id, input);
      expect([again.httpStatus, again.body.error.code, again.providerCalls]).toEqual([409, 'needs_reconnect', 0]);
      expect((await sandboxCounters(sandbox)).refreshes).toBe(before.refreshes);
    },
  );
});

describe('timeouts', () => {
  beforeEach(() => settleToken(CAL, 'events.list', LIST_INPUT));

  it('retries a read whose first attempt outlasts the per-attempt timeout', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: 'delay', delayMs: TIMEOUT_MS + 1_000, count: 1 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(200);
    expect(r.providerCalls).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('answers 504 provider_timeout when every attempt times out (bounded)', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: 'delay', delayMs: TIMEOUT_MS + 1_000, count: 50 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(504);
    expect(r.body.error).toMatchObject({ code: 'provider_timeout', attempts: MAX_ATTEMPTS });
    expect(r.providerCalls).toBe(MAX_ATTEMPTS);
  }, 30_000);

  it('does not repeat a timed-out non-idempotent write', async () => {
    await arm({ operationId: 'events.insert', provider: CAL, kind: 'delay', delayMs: TIMEOUT_MS + 1_000, count: 1 });
    const r = await measured(CAL, 'events.insert', INSERT_INPUT);
    expect(r.httpStatus).toBe(504);
    expect(r.body.error).toMatchObject({ code: 'provider_timeout', attempts: 1 });
    expect(r.providerCalls).toBe(1);
  });
});

describe('dropped connections', () => {
  beforeEach(() => settleToken(CAL, 'events.list', LIST_INPUT));

  it('retries a read after the socket is dropped', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: 'drop', count: 2 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(200);
    expect(r.providerCalls).toBe(3);
  });

  it('answers 502 provider_unreachable when every attempt is dropped (bounded)', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: 'drop', count: 50 });
    const r = await measured(CAL, 'events.list', LIST_INPUT);
    expect(r.httpStatus).toBe(502);
    expect(r.body.error).toMatchObject({ code: 'provider_unreachable', attempts: MAX_ATTEMPTS });
    expect(r.providerCalls).toBe(MAX_ATTEMPTS);
  });

  it('does not repeat a dropped non-idempotent write', async () => {
    await arm({ operationId: 'events.insert', provider: CAL, kind: 'drop', count: 1 });
    const r = await measured(CAL, 'events.insert', INSERT_INPUT);
    expect(r.httpStatus).toBe(502);
    expect(r.body.error).toMatchObject({ code: 'provider_unreachable', attempts: 1 });
    expect(r.providerCalls).toBe(1);
  });
});

describe('scope guard', () => {
  const refusedBy = new Map<string, number>();

  it.each(catalog.providers.map((p) => [p.id, p] as const))(
    '%s: every operation outside the grant is refused with no provider call',
    async (id, p) => {
      const withScopes = p.operations.filter((o) => o.requiredScopes.length > 0);
      // Connect for the operation whose least-privilege scopes cover the fewest other operations.
      const covers = (o: OperationModel) =>
        withScopes.filter((x) => x.scopeAlternatives.some((alt) => alt.every((s) => o.requiredScopes.includes(s)))).length;
      const narrowest = [...withScopes].sort((a, b) => covers(a) - covers(b))[0];
      const narrowApp = await api.createApp(editor.token);
      // Account 2: account 1 granted everything in beforeAll, and Google's incremental consent would carry that over.
      await connectFlow(t, editor.token, narrowApp, id, { operations: [narrowest.id] }, { account: 2 });
      const granted = (
        (
          await t
            .http()
            .get(`/api/apps/${narrowApp}/connections/${id}`)
            .set(...auth(editor.token))
        ).body.grantedScopes as Array<{ scope: string }>
      ).map((s) => s.scope);
      const refused = withScopes.filter((o) => !o.scopeAlternatives.some((alt) => alt.every((s) => granted.includes(s))));
      for (const o of refused) {
        const before = await providerCalls(sandbox, id, o.id);
        const r = await runOperation(t, editor.token, narrowApp, id, o.id, sampleInput(p, o));
        expect(r.httpStatus).toBe(403);
        expect(r.body.error).toMatchObject({ code: 'insufficient_scope', requiredScopes: o.requiredScopes });
        expect(r.body.error.missingScopes.length).toBeGreaterThan(0);
        expect(typeof r.body.error.authorizeUrl).toBe('string');
        expect(await providerCalls(sandbox, id, o.id)).toBe(before);
      }
      refusedBy.set(id, refused.length);
    },
  );

  it('refused something for most providers (one scope covering everything is the exception)', () => {
    const withRefusals = [...refusedBy.values()].filter((n) => n > 0).length;
    expect(withRefusals).toBeGreaterThanOrEqual(5);
  });
});

describe('audit', () => {
  it('records each call with its outcome, never the input', async () => {
    await arm({ operationId: 'events.list', provider: CAL, kind: '5xx', count: 50 });
    await runOperation(t, editor.token, appId, CAL, 'events.list', { ...LIST_INPUT, q: 'secret-search-term' });
    await new Promise((r) => setTimeout(r, 1_300)); // the audit buffer flushes every second
    const audit = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .set(...auth(editor.token))
      .expect(200);
    const calls = (audit.body as Array<{ action: string; target: string; metadata?: Record<string, unknown> }>).filter(
      (e) => e.action === 'operation.called',
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.find((e) => e.target === `${CAL}.events.list`)).toBeDefined();
    expect(JSON.stringify(audit.body)).not.toContain('secret-search-term');
  });
});
