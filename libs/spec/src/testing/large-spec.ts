/**
 * Builds a LARGE, messy but valid OpenAPI 3.0 provider spec programmatically (no network, no vendored blob), for
 * loader/generator tests and benchmarks. Deterministic: the same options give byte-identical files.
 *
 * What is in it (and counted in `expected`):
 * - `operations` operations over `resources` resources; some without operationId (derived ids), some with
 *   non-identifier ids (`things.list`, `get-thing`, `2fa.enable`), and one deliberate duplicate id;
 * - deep `$ref` chains (`Alias0 → Alias1 → … → AliasN → Leaf`) and a deep property nesting chain;
 * - recursive schemas (`TreeNode.children[] → TreeNode`) and mutual recursion (`Person ↔ Company`);
 * - `$ref`s into a second file (`shared/common.json`);
 * - several document servers, server variables, path- and operation-level servers;
 * - OR/AND security alternatives; padding descriptions until the main file is at least `minBytes`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export interface LargeSpecOptions {
  /** Provider folder name. Default `large-vendor`. */
  providerId?: string;
  /** Number of resources; each gives 6 operations. Default 100 (= 600 operations + 2 extra). */
  resources?: number;
  /** Length of the Alias $ref chain. Default 200. */
  refChainLength?: number;
  /** Depth of nested inline properties. Default 60. */
  nestingDepth?: number;
  /** Pad descriptions until the main file reaches this size. Default 3 MB. */
  minBytes?: number;
  format?: 'json' | 'yaml';
  /** Also write a provider.yaml. Default true. */
  withProviderYaml?: boolean;
}

export interface LargeSpecBuild {
  /** Files relative to the specs directory → content. */
  files: Record<string, string>;
  /** Facts the loader must reproduce. */
  expected: {
    providerId: string;
    operations: number;
    /** Operations without operationId (ids derived from method + path). */
    derivedIds: number;
    /** Duplicate operationIds renamed with a suffix (each gives one warning). */
    renamedDuplicates: number;
    scopes: number;
    componentSchemas: number;
    mainFileBytes: number;
  };
}

const METHODS = ['get', 'post', 'get', 'patch', 'delete', 'put'] as const;
const SCOPE_COUNT = 40;

function lorem(seed: number, words: number): string {
  const vocab = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocab[(seed * 7 + i * 13) % vocab.length]);
  return out.join(' ');
}

export function buildLargeSpec(options: LargeSpecOptions = {}): LargeSpecBuild {
  const providerId = options.providerId ?? 'large-vendor';
  const resources = options.resources ?? 100;
  const chain = options.refChainLength ?? 200;
  const nesting = options.nestingDepth ?? 60;
  const minBytes = options.minBytes ?? 3 * 1024 * 1024;
  const format = options.format ?? 'json';

  const scopes: Record<string, string> = {};
  for (let i = 0; i < SCOPE_COUNT; i++) scopes[`resource${i}:${i % 2 === 0 ? 'read' : 'write'}`] = `Access ${lorem(i, 5)}`;
  const scopeNames = Object.keys(scopes);

  const schemas: Record<string, unknown> = {
    TreeNode: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        children: { type: 'array', items: { $ref: '#/components/schemas/TreeNode' } },
        parent: { $ref: '#/components/schemas/TreeNode' },
      },
    },
    Person: { type: 'object', properties: { name: { type: 'string' }, employer: { $ref: '#/components/schemas/Company' } } },
    Company: { type: 'object', properties: { name: { type: 'string' }, staff: { type: 'array', items: { $ref: '#/components/schemas/Person' } } } },
    Leaf: { type: 'object', properties: { value: { type: 'string' }, error: { $ref: 'shared/common.json#/Error' } } },
  };
  for (let i = 0; i < chain; i++) schemas[`Alias${i}`] = { $ref: i + 1 < chain ? `#/components/schemas/Alias${i + 1}` : '#/components/schemas/Leaf' };
  // Deep nesting: level0.properties.next → level1 … (inline, no refs).
  let nested: Record<string, unknown> = { type: 'object', properties: { tree: { $ref: '#/components/schemas/TreeNode' } } };
  for (let d = nesting; d > 0; d--) nested = { type: 'object', properties: { [`level-${d}`]: nested, 'weird key.with dots': { type: 'string' } } };
  schemas['Deep'] = nested;

  const paths: Record<string, Record<string, unknown>> = {};
  let operations = 0;
  let derivedIds = 0;
  let renamedDuplicates = 0;
  for (let r = 0; r < resources; r++) {
    const name = r % 5 === 0 ? `Über-things_${r}` : r % 5 === 1 ? `v2.items-${r}` : `resource${r}`;
    const schemaName = `Resource${r}`;
    schemas[schemaName] = {
      type: 'object',
      description: lorem(r, 12),
      properties: {
        id: { type: 'string' },
        owner: { $ref: '#/components/schemas/Person' },
        tree: { $ref: '#/components/schemas/TreeNode' },
        chained: { $ref: '#/components/schemas/Alias0' },
        ...(r > 0 ? { previous: { $ref: `#/components/schemas/Resource${r - 1}` } } : {}),
      },
    };
    const list = `/${name}`;
    const item = `/${name}/{${r % 2 === 0 ? 'thing-id' : 'id'}}`;
    const idParam = r % 2 === 0 ? 'thing-id' : 'id';
    const ref = { $ref: `#/components/schemas/${schemaName}` };
    const read = scopeNames[(2 * r) % SCOPE_COUNT];
    const write = scopeNames[(2 * r + 1) % SCOPE_COUNT];
    const opId = (verb: string, i: number): Record<string, string> => {
      // Every 4th resource has no operationIds at all; others use dotted/hyphenated names.
      if (r % 4 === 3) {
        derivedIds++;
        return {};
      }
      return { operationId: i === 0 ? `${name}.${verb}` : `${verb}-${name}` };
    };
    paths[list] = {
      servers:
        r % 10 === 0 ? [{ url: 'https://{region}.bulk.example.com/v2', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } }] : undefined,
      get: {
        ...opId('list', 0),
        summary: `List ${name}`,
        parameters: [
          { name: 'pageToken', in: 'query', schema: { type: 'string' } },
          { name: 'maxResults', in: 'query', schema: { type: 'integer' } },
        ],
        security: [{ oauth: [read] }, { oauth: [read, write] }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { items: { type: 'array', items: ref }, nextPageToken: { type: 'string' } } },
              },
            },
          },
        },
      },
      post: {
        ...opId('create', 1),
        summary: `Create ${name}`,
        requestBody: { required: true, content: { 'application/json': { schema: ref } } },
        security: [{ oauth: [write, read] }, { oauth: [write] }],
        responses: { '201': { description: 'created', content: { 'application/json': { schema: ref } } } },
      },
    };
    paths[item] = {
      parameters: [{ name: idParam, in: 'path', required: true, schema: { type: 'string' } }],
      get: { ...opId('get', 2), responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref } } } } },
      patch: {
        ...opId('update', 3),
        servers: r % 7 === 0 ? [{ url: '/v3-beta' }] : undefined,
        requestBody: { content: { 'application/merge-patch+json': { schema: ref } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Deep' } } } } },
      },
      delete: { ...opId('delete', 4), responses: { '204': { description: 'gone' } } },
      put: {
        ...opId('replace', 5),
        requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
        responses: { '200': { description: 'ok' } },
      },
    };
    operations += METHODS.length;
  }
  // Two extra operations sharing one id → one renamed duplicate.
  paths['/2fa/enable'] = { post: { operationId: '2fa.enable', responses: { '204': { description: 'ok' } } } };
  paths['/2fa/enable/'] = { post: { operationId: '2fa.enable', responses: { '204': { description: 'ok' } } } };
  operations += 2;
  renamedDuplicates += 1;

  const doc: Record<string, unknown> = {
    openapi: '3.0.3',
    info: { title: 'Large Vendor API', version: '2026-11-01', description: 'Generated for load tests.' },
    servers: [
      { url: 'https://{tenant}.api.large.example.com/{basePath}', variables: { tenant: { default: 'www' }, basePath: { default: 'v1' } } },
      { url: 'https://sandbox.large.example.com/v1' },
      { url: '/relative' },
    ],
    security: [{ oauth: [scopeNames[0]] }],
    components: {
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: 'https://auth.large.example.com/authorize',
              tokenUrl: 'https://auth.large.example.com/token',
              scopes,
            },
          },
        },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas,
    },
    paths,
  };
  const clean = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>; // drops the `undefined` servers
  const serialize = (d: unknown) => (format === 'json' ? JSON.stringify(d, null, 1) : stringify(d, { lineWidth: 0, aliasDuplicateObjects: false }));

  // Pad descriptions (in a deterministic order) until the file is big enough.
  let text = serialize(clean);
  const compSchemas = (clean['components'] as Record<string, Record<string, Record<string, unknown>>>)['schemas'];
  const padTargets = Object.keys(compSchemas).filter((k) => k.startsWith('Resource'));
  let round = 0;
  while (Buffer.byteLength(text) < minBytes && padTargets.length > 0) {
    const missing = minBytes - Buffer.byteLength(text);
    const perSchema = Math.max(200, Math.ceil(missing / padTargets.length / 6) + 10);
    for (const k of padTargets) {
      const s = compSchemas[k];
      s['description'] = `${String(s['description'] ?? '')} ${lorem(round + k.length, perSchema)}`;
    }
    round++;
    text = serialize(clean);
  }

  const ext = format === 'json' ? 'json' : 'yaml';
  const common = { Error: { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' }, inner: { $ref: '#/Error' } } } };
  const files: Record<string, string> = {
    [`${providerId}/openapi.${ext}`]: text,
    [`${providerId}/shared/common.json`]: JSON.stringify(common, null, 1),
  };
  if (options.withProviderYaml ?? true) {
    files[`${providerId}/provider.yaml`] = stringify({
      name: 'Large Vendor',
      category: 'Testing',
      description: 'A generated spec with hundreds of operations.',
      examplePrompts: [{ prompt: 'List the things', operations: ['Über-things_0.list', '2fa.enable_2'] }],
    });
  }
  return {
    files,
    expected: {
      providerId,
      operations,
      derivedIds,
      renamedDuplicates,
      scopes: SCOPE_COUNT,
      componentSchemas: Object.keys(compSchemas).length,
      mainFileBytes: Buffer.byteLength(text),
    },
  };
}

/** Writes the build under `specsDir` (creating folders) and returns it. */
export function writeLargeSpec(specsDir: string, options: LargeSpecOptions = {}): LargeSpecBuild {
  const build = buildLargeSpec(options);
  for (const [rel, content] of Object.entries(build.files)) {
    const abs = join(specsDir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return build;
}
