import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validateProvider } from './catalog-loader';
import { toJsonSafeSchema } from './schema-utils';

/** A valid document; each case below breaks one spot with a wrong type or a strange value. */
function base(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Robust', version: '1' },
    servers: [{ url: 'https://api.robust.example' }],
    components: {
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: { authorizationCode: { authorizationUrl: 'https://r.example/a', tokenUrl: 'https://r.example/t', scopes: { read: 'Read' } } },
        },
      },
      schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
    },
    security: [{ oauth: ['read'] }],
    paths: {
      '/x/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'x.get',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } },
        },
        post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: { '201': { description: 'ok' } } },
      },
    },
  };
}

type Mutation = [string, (d: Record<string, unknown>) => void];
const op = (d: Record<string, unknown>) => (d['paths'] as Record<string, Record<string, Record<string, unknown>>>)['/x/{id}']['get'];
const MUTATIONS: Mutation[] = [
  ['paths is a list', (d) => (d['paths'] = [])],
  ['paths is a string', (d) => (d['paths'] = 'x')],
  ['path item null', (d) => (d['paths'] = { '/x': null })],
  ['operation null', (d) => (d['paths'] = { '/x': { get: null } })],
  ['path without slash', (d) => (d['paths'] = { x: { get: { responses: {} } } })],
  ['parameters is a string', (d) => (op(d)['parameters'] = 'x')],
  ['parameters hold junk', (d) => (op(d)['parameters'] = [null, 5, { name: 'q' }, { in: 'query' }])],
  ['responses is a list', (d) => (op(d)['responses'] = [])],
  ['response null', (d) => (op(d)['responses'] = { '200': null })],
  ['no responses', (d) => delete op(d)['responses']],
  ['requestBody content null', (d) => (op(d)['requestBody'] = { content: null })],
  ['requestBody string', (d) => (op(d)['requestBody'] = 'x')],
  ['security string', (d) => (op(d)['security'] = 'x')],
  ['security [null]', (d) => (op(d)['security'] = [null])],
  ['security scopes string', (d) => (op(d)['security'] = [{ oauth: 'read' }])],
  ['security scopes numbers', (d) => (op(d)['security'] = [{ oauth: [1, null] }])],
  ['components number', (d) => (d['components'] = 5)],
  ['scheme null', (d) => (d['components'] = { securitySchemes: { oauth: null } })],
  ['flow number', (d) => (d['components'] = { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: 5 } } } })],
  [
    'scopes list',
    (d) =>
      ((d['components'] as Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>)['securitySchemes']['oauth'][
        'flows'
      ]['authorizationCode']['scopes'] = ['read']),
  ],
  [
    'tokenUrl number',
    (d) =>
      ((d['components'] as Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>)['securitySchemes']['oauth'][
        'flows'
      ]['authorizationCode']['tokenUrl'] = 5),
  ],
  ['servers string', (d) => (d['servers'] = 'x')],
  ['servers [null]', (d) => (d['servers'] = [null])],
  ['server url number', (d) => (d['servers'] = [{ url: 5 }])],
  ['server variables junk', (d) => (d['servers'] = [{ url: 'https://{a}.x', variables: { a: 5 } }])],
  ['info null', (d) => (d['info'] = null)],
  ['openapi number', (d) => (d['openapi'] = 3)],
  ['tags string', (d) => (op(d)['tags'] = 'x')],
  ['operationId number', (d) => (op(d)['operationId'] = 5)],
  ['operationId empty', (d) => (op(d)['operationId'] = '')],
  ['x-patchbay-read string', (d) => (op(d)['x-patchbay-read'] = 'yes')],
  ['$ref number', (d) => (op(d)['responses'] = { '200': { $ref: 5 } })],
  ['$ref empty string (whole document)', (d) => (op(d)['responses'] = { '200': { $ref: '' } })],
  ['$ref to the root', (d) => (op(d)['responses'] = { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#' } } } } })],
  ['$ref to paths', (d) => (op(d)['responses'] = { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#/paths' } } } } })],
  ['path item is a $ref to itself', (d) => (d['paths'] = { '/x': { $ref: '#/paths/~1x' } })],
  ['parameter $ref into an array index out of range', (d) => (op(d)['parameters'] = [{ $ref: '#/servers/7' }])],
  ['webhooks junk', (d) => (d['webhooks'] = 5)],
  ['callbacks junk', (d) => (op(d)['callbacks'] = 'x')],
  ['huge path template', (d) => (d['paths'] = { ['/' + '{p}/'.repeat(200)]: { get: { responses: {} } } })],
];

const PROVIDER_YAMLS: Array<[string, unknown]> = [
  ['a list', []],
  ['a string', 'hello'],
  ['null', null],
  ['name number', { name: 5, category: 'c', description: 'd' }],
  ['operations list', { name: 'n', category: 'c', description: 'd', operations: [] }],
  ['prompt operations string', { name: 'n', category: 'c', description: 'd', examplePrompts: [{ prompt: 'p', operations: 'x' }] }],
  ['revocation string', { name: 'n', category: 'c', description: 'd', oauth: { revocation: 'x' } }],
  ['auth number', { name: 'n', category: 'c', description: 'd', auth: 5 }],
  ['defaultScopes string', { name: 'n', category: 'c', description: 'd', oauth: { defaultScopes: 'read' } }],
  ['tokenResponse list', { name: 'n', category: 'c', description: 'd', oauth: { tokenResponse: [] } }],
  ['pagination string', { name: 'n', category: 'c', description: 'd', pagination: 'x', operations: { 'x.get': { pagination: 5 } } }],
  ['identity request string', { name: 'n', category: 'c', description: 'd', identity: { source: 'request', request: 'x' } }],
];

const ROOT = mkdtempSync(join(tmpdir(), 'robust-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

function load(doc: unknown, providerYaml?: unknown) {
  const dir = join(mkdtempSync(join(ROOT, 'case-')), 'specs', 'robust');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openapi.yaml'), stringify(doc));
  if (providerYaml !== undefined) writeFileSync(join(dir, 'provider.yaml'), stringify(providerYaml));
  return validateProvider(dir);
}

describe('never crashes on malformed input', () => {
  it('the unmutated base loads cleanly', () => {
    const r = load(base());
    expect(r.errors).toEqual([]);
    expect(r.provider?.operations.map((o) => o.id)).toEqual(['x.get', 'post_x_id']);
  });

  it.each(MUTATIONS)('openapi: %s', (_name, mutate) => {
    const doc = base();
    mutate(doc);
    const r = load(doc);
    // Either it loads, or it says why; both are fine, throwing is not.
    expect(r.provider !== undefined || r.errors.length + r.warnings.length > 0).toBe(true);
    for (const o of r.provider?.operations ?? []) {
      expect(() => JSON.stringify(toJsonSafeSchema({ r: o.responseSchema ?? {}, b: o.requestBody?.schema ?? {} }))).not.toThrow();
    }
  });

  it.each([
    ['parameters is a string', 'paths./x/{id}.get.parameters: must be an array'],
    ['responses is a list', 'paths./x/{id}.get.responses: must be an object'],
    ['requestBody string', 'paths./x/{id}.get.requestBody: must be an object'],
    ['operationId number', 'paths./x/{id}.get.operationId: must be string'],
    ['x-patchbay-read string', 'paths./x/{id}.get.x-patchbay-read: must be boolean'],
  ])('reports a wrong type instead of ignoring it: %s', (name, expected) => {
    const doc = base();
    (MUTATIONS.find((m) => m[0] === name) as Mutation)[1](doc);
    expect(load(doc).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([expected]);
  });

  it.each(PROVIDER_YAMLS)('provider.yaml: %s', (_name, py) => {
    const r = load(base(), py);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.provider).toBeUndefined();
  });
});

describe('provider.yaml baseUrl', () => {
  const withServer = (url: string) => {
    const d = base();
    d['servers'] = [{ url }];
    return d;
  };
  const py = { name: 'n', category: 'c', description: 'd', baseUrl: 'https://eu.robust.example/' };

  it('resolves a relative document server against it', () => {
    expect(load(withServer('/v2'), py).provider?.baseUrl).toBe('https://eu.robust.example/v2');
  });

  it('replaces an absolute document server', () => {
    const p = load(withServer('https://api.robust.example/v1'), py).provider;
    expect(p?.baseUrl).toBe('https://eu.robust.example');
    expect(p?.operations[0].serverUrl).toBe('https://eu.robust.example');
  });

  it('is used when the document has no servers', () => {
    const d = base();
    delete d['servers'];
    expect(load(d, py).provider?.baseUrl).toBe('https://eu.robust.example');
  });
});
