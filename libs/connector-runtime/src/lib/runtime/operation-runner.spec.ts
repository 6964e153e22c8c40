import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadCatalogSync, rewriteUrl, type Catalog, type ProviderModel } from '@patchbay/spec';
import { ConnectorError } from './connector-error';
import { OperationRunner, retryAfter, type ConnectionHandle } from './operation-runner';
import { buildRequest } from './request-builder';

// The real specs: the runner is exercised with the providers' real error shapes and rate-limit signals.
const catalog: Catalog = loadCatalogSync(join(__dirname, '../../../../../specs'));
const provider = (id: string): ProviderModel => {
  const p = catalog.providers.find((x) => x.id === id);
  if (!p) throw new Error(`spec ${id} missing`);
  return p;
};

/** A scripted upstream: each request takes the next scripted reply (the last one repeats). */
interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  drop?: boolean;
}
let server: Server;
let base: string;
let script: Reply[] = [];
let seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const r = script.length > 1 ? (script.shift() as Reply) : script[0];
      if (r.drop) {
        req.socket.destroy();
        return;
      }
      res.writeHead(r.status, { 'content-type': 'application/json', ...(r.headers ?? {}) });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  script = [];
  seen = [];
});

function handle(scopes: string[], metadata: Record<string, string> = {}) {
  const tokens = ['token-1', 'token-2'];
  let i = 0;
  const refreshes: string[] = [];
  const h: ConnectionHandle = {
    grantedScopes: scopes,
    metadata,
    accessToken: async () => tokens[i],
    refreshAfterRejection: async (stale) => {
      refreshes.push(stale);
      i = Math.min(i + 1, tokens.length - 1);
      return tokens[i];
    },
  };
  return { h, refreshes };
}

const sleeps: number[] = [];
const runner = () =>
  new OperationRunner({
    rewriteUrl: (u) => rewriteUrl(u, base),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 },
  });

describe('OperationRunner', () => {
  beforeEach(() => sleeps.splice(0));

  it('refuses a call with a missing scope before any provider call', async () => {
    const { h } = handle(['channels:read']);
    await expect(runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'hi' } }, h)).rejects.toMatchObject({
      code: 'insufficient_scope',
      details: { requiredScopes: ['chat:write'], missingScopes: ['chat:write'] },
    });
    expect(seen).toHaveLength(0);
  });

  it('accepts any alternative of the security requirement (OR), not only the least-privilege one', () => {
    const hub = provider('hubspot');
    const op = hub.operations.find((o) => o.id === 'pipelines.getAll');
    expect(op).toBeDefined();
    if (!op) return;
    const alternatives = op.scopeAlternatives.filter((a) => a.join() !== op.requiredScopes.join());
    expect(alternatives.length).toBeGreaterThan(0);
    expect(runner().scopeProblem(op, alternatives[0])).toBeUndefined();
    expect(runner().scopeProblem(op, [])).toEqual({ requiredScopes: op.requiredScopes, missingScopes: op.requiredScopes });
  });

  it('lists every input problem and makes no call', async () => {
    const { h } = handle(['chat:write']);
    const err = await runner()
      .run(provider('slack'), 'chat.postMessage', { body: { text: 42 }, bogus: 1 }, h)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    const problems = (err as ConnectorError).details.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'bogus', message: 'is not a known parameter of this operation' },
        { path: 'body.channel', message: 'is required' },
        expect.objectContaining({ path: 'body.text' }),
      ]),
    );
    expect(seen).toHaveLength(0);
  });

  it('sends the call with the bearer token, JSON body and default headers, through the URL rewrite', async () => {
    script = [{ status: 200, body: { ok: true, channel: 'C1', ts: '1.2' } }];
    const { h } = handle(['chat:write']);
    const r = await runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'hi' } }, h);
    expect(r).toEqual({
      status: 200,
      data: { ok: true, channel: 'C1', ts: '1.2' },
      attempts: 1,
      raw: Buffer.from('{"ok":true,"channel":"C1","ts":"1.2"}'),
    });
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe('/slack.com/api/chat.postMessage');
    expect(seen[0].headers['authorization']).toBe('Bearer token-1');
    expect(JSON.parse(seen[0].body)).toEqual({ channel: 'C1', text: 'hi' });
  });

  it('maps ok:false on HTTP 200 to a provider error with the provider code', async () => {
    script = [{ status: 200, body: { ok: false, error: 'channel_not_found' } }];
    const { h } = handle(['chat:write']);
    await expect(runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C404', text: 'x' } }, h)).rejects.toMatchObject({
      code: 'provider_error',
      details: { status: 200, providerCode: 'channel_not_found', attempts: 1 },
    });
  });

  it('retries 5xx on an idempotent call with backoff, then succeeds', async () => {
    script = [
      { status: 503, body: {} },
      { status: 502, body: {} },
      { status: 200, body: { items: [] } },
    ];
    const { h } = handle(['https://www.googleapis.com/auth/calendar.events']);
    const r = await runner().run(provider('google-calendar'), 'events.list', { calendarId: 'primary' }, h);
    expect(r.attempts).toBe(3);
    expect(sleeps).toEqual([50, 100]);
  });

  it('does not retry 5xx on a non-idempotent write, and bounds attempts', async () => {
    script = [{ status: 500, body: { ok: false, error: 'internal_error' } }];
    const { h } = handle(['chat:write']);
    await expect(runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'x' } }, h)).rejects.toMatchObject({
      code: 'provider_error',
      details: { status: 500, attempts: 1 },
    });
    expect(seen).toHaveLength(1);
  });

  it('honours 429 Retry-After even for writes', async () => {
    script = [
      { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '2' } },
      { status: 200, body: { ok: true } },
    ];
    const { h } = handle(['chat:write']);
    const r = await runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'x' } }, h);
    expect(r.attempts).toBe(2);
    expect(sleeps).toEqual([2000]);
  });

  it("recognises a provider's own rate-limit signal (403 + reason) and gives up with rate_limited", async () => {
    const rate = { error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }] } };
    script = [{ status: 403, body: rate }];
    const { h } = handle(['https://www.googleapis.com/auth/calendar.events']);
    await expect(runner().run(provider('google-calendar'), 'events.list', { calendarId: 'primary' }, h)).rejects.toMatchObject({
      code: 'rate_limited',
      details: { status: 403, providerCode: 'rateLimitExceeded', attempts: 3 },
    });
    expect(seen).toHaveLength(3);
  });

  it('refreshes once after a 401 and retries with the new token', async () => {
    script = [
      { status: 401, body: { error: { code: 401, message: 'Invalid Credentials', errors: [{ reason: 'authError' }] } } },
      { status: 200, body: { items: [] } },
    ];
    const { h, refreshes } = handle(['https://www.googleapis.com/auth/calendar.events']);
    const r = await runner().run(provider('google-calendar'), 'events.list', { calendarId: 'primary' }, h);
    expect(r.attempts).toBe(1);
    expect(refreshes).toEqual(['token-1']);
    expect(seen.map((s) => s.headers['authorization'])).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('gives auth_failed when the refreshed token is refused too (no loop)', async () => {
    script = [{ status: 200, body: { ok: false, error: 'token_revoked' } }];
    const { h, refreshes } = handle(['chat:write']);
    await expect(runner().run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'x' } }, h)).rejects.toMatchObject({
      code: 'auth_failed',
    });
    expect(refreshes).toHaveLength(1);
    expect(seen).toHaveLength(2);
  });

  it('retries a dropped connection on a read and reports network_error when it persists', async () => {
    script = [{ status: 0, drop: true }];
    const { h } = handle(['https://www.googleapis.com/auth/calendar.events']);
    await expect(runner().run(provider('google-calendar'), 'events.list', { calendarId: 'primary' }, h)).rejects.toMatchObject({
      code: 'network_error',
      details: { attempts: 3 },
    });
  });

  it('follows cursor pagination until the cursor is empty', async () => {
    script = [
      { status: 200, body: { ok: true, channels: [{ id: 'C1' }], response_metadata: { next_cursor: 'abc' } } },
      { status: 200, body: { ok: true, channels: [{ id: 'C2' }], response_metadata: { next_cursor: '' } } },
    ];
    const { h } = handle(['channels:read']);
    const pages: unknown[] = [];
    for await (const p of runner().pages(provider('slack'), 'conversations.list', {}, h)) pages.push(p);
    expect(pages).toHaveLength(2);
    expect(seen[1].url).toContain('cursor=abc');
  });

  it('uses the per-account API host kept from the token response', () => {
    const sf = provider('salesforce');
    const op = sf.operations.find((o) => o.id === 'query');
    if (!op) throw new Error('query op missing');
    const key = sf.oauth.apiBaseUrlFrom;
    expect(key).toBeDefined();
    const req = buildRequest(
      sf,
      op,
      { q: 'SELECT Id FROM Lead' },
      { metadata: { [key as string]: 'https://acme.my.salesforce.com' }, rewriteUrl: (u) => u },
    );
    expect(req.url.startsWith('https://acme.my.salesforce.com/services/data/')).toBe(true);
    expect(req.url).toContain('q=SELECT+Id+FROM+Lead');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(retryAfter('3')).toBe(3000);
    expect(retryAfter(null)).toBeUndefined();
    const at = new Date(Date.now() + 5000).toUTCString();
    expect(retryAfter(at)).toBeGreaterThan(3000);
  });
});

describe('regressions found by the API operation tests', () => {
  it('classifies an abort by its name even when the error is not an Error of this realm (DOMException under a vm)', async () => {
    const cal = provider('google-calendar');
    const foreignTimeout = Object.assign(Object.create(null) as object, {
      name: 'TimeoutError',
      message: 'The operation was aborted due to timeout',
    });
    const r = new OperationRunner({
      rewriteUrl: (u) => rewriteUrl(u, base),
      sleep: async () => undefined,
      retry: { maxAttempts: 2 },
      fetch: async () => {
        throw foreignTimeout;
      },
    });
    const err = await r
      .run(cal, 'events.list', { calendarId: 'primary' }, handle(['https://www.googleapis.com/auth/calendar']).h)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).code).toBe('timeout');
    expect((err as ConnectorError).details.attempts).toBe(2);
  });

  it('multipart/related takes the file part under the name the spec gives it (Drive: media)', () => {
    const drive = provider('google-drive');
    const op = drive.operations.find((o) => o.id === 'files.create');
    if (!op) throw new Error('files.create missing');
    const req = buildRequest(
      drive,
      op,
      { uploadType: 'multipart', body: { metadata: { name: 'a.csv' }, media: 'x,y\n1,2\n', contentType: 'text/csv' } },
      { metadata: {}, rewriteUrl: (u) => u },
    );
    const text = String(req.body);
    expect(req.headers['content-type']).toMatch(/^multipart\/related; boundary=/);
    expect(text).toContain('{"name":"a.csv"}');
    expect(text).toContain('Content-Type: text/csv\r\n\r\nx,y\n1,2\n\r\n');
    // `content` still works for callers that used the documented alias.
    const alias = String(
      buildRequest(drive, op, { uploadType: 'multipart', body: { metadata: {}, content: 'zzz' } }, { metadata: {}, rewriteUrl: (u) => u }).body,
    );
    expect(alias).toContain('\r\n\r\nzzz\r\n');
  });
});

describe("a call's overall budget (deadlineMs)", () => {
  const cal = provider('google-calendar');
  const input = { calendarId: 'primary' };
  const scopes = ['https://www.googleapis.com/auth/calendar'];

  /** A runner on a fake clock that sleeping advances, over a transport that answers `reply` and records timeouts. */
  function onFakeClock(reply: { status: number; headers?: Record<string, string> }, retry: Record<string, number>) {
    let clock = 0;
    const waits: number[] = [];
    const timeouts: number[] = [];
    const r = new OperationRunner({
      rewriteUrl: (u) => rewriteUrl(u, base),
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      random: () => 1,
      timeoutMs: 30_000,
      retry,
      transport: async (req) => {
        timeouts.push(req.timeoutMs);
        clock += 50;
        return { status: reply.status, header: (n) => reply.headers?.[n.toLowerCase()] ?? null, text: '{"error":{"message":"busy"}}' };
      },
    });
    return { r, waits, timeouts };
  }

  it('stops retrying when the next wait would not leave time for an attempt within the budget', async () => {
    const { r, waits, timeouts } = onFakeClock({ status: 503 }, { maxAttempts: 10, baseDelayMs: 400, maxDelayMs: 400, deadlineMs: 1500 });
    const err = await r.run(cal, 'events.list', input, handle(scopes).h).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'provider_error', details: { status: 503, attempts: 4 } });
    // Attempts end at 50, 500, 950 and 1400 (each 50 ms, 400 ms waits between); a fourth wait would leave no 100 ms
    // for an attempt before 1500, so the call ends there although 10 attempts were allowed.
    expect(waits).toEqual([400, 400, 400]);
    // Each attempt's timeout is what is left of the budget.
    expect(timeouts).toEqual([1500, 1050, 600, 150]);
  });

  it('does not wait for a Retry-After that ends past the budget: rate_limited with the hint at once', async () => {
    const { r, waits } = onFakeClock(
      { status: 429, headers: { 'retry-after': '5' } },
      { maxAttempts: 4, maxRetryAfterMs: 30_000, deadlineMs: 2_000 },
    );
    const err = await r.run(cal, 'events.list', input, handle(scopes).h).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 5, attempts: 1 } });
    expect(waits).toEqual([]);
  });

  it('keeps the retry budget when the deadline is generous', async () => {
    const { r, waits } = onFakeClock({ status: 503 }, { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 100, deadlineMs: 60_000 });
    const err = await r.run(cal, 'events.list', input, handle(scopes).h).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'provider_error', details: { attempts: 4 } });
    expect(waits).toEqual([100, 100, 100]);
  });
});
