import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every operation the API documents (`/api/docs-json`), called with malformed input — bodies nested past the limit,
 * nulls, wrong types, huge strings, NUL, lone surrogates, arrays for objects and objects for arrays, non-object
 * bodies; malformed query and path values — as an admin, as an app editor and without credentials. No answer may be
 * a 5xx, and every failure keeps the `{error:{code,message}}` shape. robustness.api-spec.ts holds the exact answers
 * for a hand-picked set of endpoints; this one covers all of them, including those added after it, blindly.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = Record<string, unknown>;

interface Operation {
  readonly method: Method;
  /** OpenAPI path template, `/api/apps/{app}`. */
  readonly template: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  /** Resolved request-body schema, when the operation takes one. */
  readonly body?: Schema;
  /** No security requirement in the document: reachable without credentials. */
  readonly isPublic: boolean;
}

interface Caller {
  readonly name: string;
  readonly token?: () => string;
  /**
   * Whether this caller gets every variant. The others get the raw bodies, every field at once and no per-field or
   * path/query variants: their malformed input meets the same parser and pipes, and the suite stays well under a
   * minute per database. Anonymous callers get the full set on public operations (login), where nothing stops them
   * before validation.
   */
  readonly thorough: boolean;
}

interface Finding {
  readonly caller: string;
  readonly request: string;
  readonly variant: string;
  readonly status: number;
  readonly body: string;
}

const DEEP = `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`;
const HUGE = 'x'.repeat(200_000);
/** One bad value per kind, put in every field of the body at once; the first ones also in each field alone. */
const BAD_VALUES: ReadonlyArray<[string, unknown]> = [
  ['null', null],
  ['number', 12345],
  ['boolean', true],
  ['array', [1, 'two', null]],
  ['object', { a: { b: 1 } }],
  ['NUL', 'a\u0000b'],
  ['lone surrogate', '\ud800x'],
  ['huge string', HUGE],
  ['negative', -1],
  ['float', 1.5],
  ['string', 'not-what-you-want'],
  ['empty string', ''],
  ['nested 50', JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`) as unknown],
];
const PER_FIELD = 8;
/** Raw bodies that are not what any endpoint accepts. */
const RAW_BODIES: ReadonlyArray<[string, string]> = [
  ['deep nesting', DEEP],
  ['top-level null', 'null'],
  ['top-level array', '[{"a":1}]'],
  ['top-level string', '"x"'],
  ['top-level number', '7'],
  ['lone surrogate key', '{"\\ud800":1}'],
  ['NUL key', '{"a\\u0000":1}'],
  ['duplicate keys', '{"name":"a","name":{"x":1}}'],
  ['truncated', '{"name":'],
  ['__proto__', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}'],
];
const BAD_PATH_VALUES = ['not-a-uuid', '%00', 'a%00b', '%ED%A0%80', '%E2%98%83', 'x'.repeat(300), "1'%20OR%20'1'%3D'1", '%2F..%2F'];
const BAD_QUERY_VALUES = ['%00', '%ED%A0%80', 'x'.repeat(4000), '-1', 'NaN', '1e309', 'true', '[]'];

function resolve(schema: unknown, components: Record<string, Schema>): Schema | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const ref = (schema as Schema)['$ref'];
  if (typeof ref === 'string') return resolve(components[ref.split('/').pop() as string], components);
  return schema as Schema;
}

/** The documented operations, DELETEs and logout last (they would remove the fixtures and end the sessions). */
function operationsOf(doc: Schema): Operation[] {
  const components = ((doc['components'] as Schema | undefined)?.['schemas'] ?? {}) as Record<string, Schema>;
  const out: Operation[] = [];
  for (const [template, item] of Object.entries(doc['paths'] as Record<string, Record<string, Schema>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = (op['parameters'] ?? []) as Array<{ name: string; in: string }>;
      const content = ((op['requestBody'] as Schema | undefined)?.['content'] ?? {}) as Record<string, { schema?: unknown }>;
      const body = resolve(content['application/json']?.schema, components);
      out.push({
        method: method as Method,
        template,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        body: body ?? (method === 'get' || method === 'delete' ? undefined : {}),
        isPublic: !Array.isArray(op['security']) || (op['security'] as unknown[]).length === 0,
      });
    }
  }
  const last = (o: Operation) => (o.method === 'delete' ? 2 : o.template.endsWith('/logout') ? 1 : 0);
  // Deeper resources first among the DELETEs, so the app goes after its keys, members and integrations.
  return out.sort((a, b) => last(a) - last(b) || (last(a) === 2 ? b.template.length - a.template.length : 0));
}

describe('fuzz: every documented operation, malformed input, never a 5xx', () => {
  let t: TestApp;
  let ops: Operation[];
  let ids: Record<string, string>;
  let adminToken: string;
  let editor: TestUser;
  const findings: Finding[] = [];
  let requests = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const api = new ApiClient(t);
    adminToken = await api.adminToken();
    editor = await api.createUser(adminToken, 'fuzz-editor');
    const app = await api.createApp(adminToken, 'Fuzz');
    const added = await t
      .http()
      .post(`/api/apps/${app}/members`)
      .set(...auth(adminToken))
      .send({ email: editor.email, role: 'editor' });
    expect([201, 202]).toContain(added.status);
    const key = await api.createApiKey(adminToken, app);
    const integration = await t
      .http()
      .post(`/api/apps/${app}/integrations`)
      .set(...auth(adminToken))
      .send({ name: 'fuzz', baseUrl: 'https://api.example.com', auth: { type: 'bearer', token: 'fuzz-token' } })
      .expect(201);
    const providers = await t
      .http()
      .get('/api/providers')
      .set(...auth(adminToken))
      .expect(200);
    const provider = (providers.body as Array<{ id: string }>)[0].id;
    await t
      .http()
      .put(`/api/providers/${provider}/credentials`)
      .set(...auth(adminToken))
      .send({ clientId: 'fuzz-client', clientSecret: 'fuzz-secret' })
      .expect(200);
    // User management (/api/users/{userId}) acts on a user of its own: a well-formed fuzz value (a boolean for
    // `disabled`, a long enough string for a password) would otherwise disable or lock out the editor calling.
    const managed = await api.createUser(adminToken, 'fuzz-managed');
    ids = { app, userId: editor.id, managedUser: managed.id, provider, apiKey: key.id, integration: integration.body.id as string };
    const docs = await t.http().get('/api/docs-json').expect(200);
    ops = operationsOf(docs.body as Schema);
  });
  afterAll(() => t.close());

  /** A real id for a path parameter where the fixtures have one, else a random uuid (a well-formed unknown id). */
  function realValue(template: string, param: string): string {
    if (param === 'id') {
      if (template.includes('/api-keys/')) return ids['apiKey'];
      if (template.includes('/integrations/')) return ids['integration'];
      return randomUUID();
    }
    if (param === 'userId' && template.startsWith('/api/users/')) return ids['managedUser'];
    return ids[param] ?? randomUUID();
  }

  function pathOf(op: Operation, override?: [string, string]): string {
    return op.template.replace(/\{([^}]+)\}/g, (_m, name: string) =>
      override && override[0] === name ? override[1] : encodeURIComponent(realValue(op.template, name)),
    );
  }

  async function send(caller: Caller, op: Operation, path: string, variant: string, raw?: string): Promise<Response> {
    requests++;
    let req = t.http()[op.method](path);
    const token = caller.token?.();
    if (token) req = req.set(...auth(token));
    const res = raw === undefined ? await req : await req.set('Content-Type', 'application/json').send(raw);
    const request = `${op.method.toUpperCase()} ${op.template}`;
    const shapeOk = res.status < 400 || (typeof res.body?.error?.code === 'string' && typeof res.body?.error?.message === 'string');
    if (res.status >= 500 || !shapeOk || /\bat .+\.(js|ts):\d+|node_modules/.test(res.text)) {
      findings.push({
        caller: caller.name,
        request,
        variant: `${variant} → ${path.slice(0, 120)}`,
        status: res.status,
        body: res.text.slice(0, 300),
      });
    }
    return res;
  }

  /** Every malformed variant for one operation (a body nested past the limit must be the parser's 400). */
  async function fuzz(caller: Caller, op: Operation): Promise<void> {
    const path = pathOf(op);
    const thorough = caller.thorough || op.isPublic;
    if (op.body) {
      for (const [variant, raw] of RAW_BODIES) {
        const res = await send(caller, op, path, variant, raw);
        if (variant === 'deep nesting' && res.body?.error?.code !== 'invalid_json') {
          findings.push({ caller: caller.name, request: `${op.method} ${op.template}`, variant, status: res.status, body: res.text.slice(0, 300) });
        }
      }
      const props = Object.keys((op.body['properties'] ?? {}) as Record<string, unknown>);
      // Each field alone with each bad value (the rest left out, so nothing valid reaches a provider), then all at once.
      for (const prop of thorough ? props : []) {
        for (const [variant, value] of BAD_VALUES.slice(0, PER_FIELD)) {
          await send(caller, op, path, `${prop}: ${variant}`, JSON.stringify({ [prop]: value }));
        }
      }
      for (const [variant, value] of BAD_VALUES) {
        await send(caller, op, path, `every field: ${variant}`, JSON.stringify(Object.fromEntries(props.map((p) => [p, value]))));
      }
    } else {
      await send(caller, op, path, 'no body');
    }
    if (!thorough) return;
    for (const q of op.queryParams) {
      for (const v of BAD_QUERY_VALUES) await send(caller, op, `${path}?${q}=${v}`, `query ${q}`, op.body ? '{}' : undefined);
      await send(caller, op, `${path}?${q}=1&${q}=2&${q}[a]=3`, `query ${q} repeated`, op.body ? '{}' : undefined);
    }
    for (const p of op.pathParams) {
      for (const v of BAD_PATH_VALUES) await send(caller, op, pathOf(op, [p, v]), `path ${p}`, op.body ? '{}' : undefined);
    }
  }

  it('the OpenAPI document lists the API (so the fuzz below is not vacuous)', () => {
    expect(ops.length).toBeGreaterThan(30);
    expect(ops.filter((o) => o.body).length).toBeGreaterThan(12);
    expect(ops.map((o) => `${o.method} ${o.template}`)).toEqual(
      expect.arrayContaining(['post /api/auth/login', 'patch /api/apps/{app}', 'post /api/apps/{app}/connections/{provider}/authorize']),
    );
  });

  it('no operation answers a 5xx or breaks the error shape, as anonymous, editor or admin', async () => {
    const api = new ApiClient(t);
    const callers: Caller[] = [
      { name: 'anonymous', thorough: false },
      { name: 'editor', token: () => editor.token, thorough: false },
      { name: 'admin', token: () => adminToken, thorough: true },
    ];
    const started = Date.now();
    for (const op of ops) {
      for (const caller of callers) await fuzz(caller, op);
      // Logout ends the sessions the other operations use: renew them.
      if (op.template.endsWith('/logout')) {
        adminToken = await api.adminToken();
        editor = { ...editor, token: await api.login(editor.email, editor.password) };
      }
    }
    expect(findings).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    process.stdout.write(`fuzz: ${ops.length} operations, ${requests} requests in ${Date.now() - started} ms\n`);
  }, 120_000);
});
