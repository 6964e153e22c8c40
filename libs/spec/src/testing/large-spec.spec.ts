import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../lib/catalog-loader';
import type { Catalog } from '../lib/model';
import { formatSpecError } from '../lib/spec-error';
import { buildLargeSpec, writeLargeSpec } from './large-spec';

describe.each(['json', 'yaml'] as const)('large messy spec (%s)', (format) => {
  const root = mkdtempSync(join(tmpdir(), 'large-spec-'));
  const specsDir = join(root, 'specs');
  const build = writeLargeSpec(specsDir, { format });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is really large', () => {
    expect(build.expected.mainFileBytes).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    expect(readFileSync(join(specsDir, build.expected.providerId, `openapi.${format}`)).length).toBe(build.expected.mainFileBytes);
  });

  let catalog: Catalog;
  beforeAll(async () => {
    const started = Date.now();
    catalog = await loadCatalog(specsDir);
    // Reported, not asserted: timing asserts are flaky on shared machines.
    process.stdout.write(`large spec (${format}, ${(build.expected.mainFileBytes / 1048576).toFixed(1)} MB) loaded in ${Date.now() - started} ms\n`);
  });

  it('loads with the expected counts, ids, servers and scopes', () => {
    expect(catalog.providers).toHaveLength(1);
    const p = catalog.providers[0];
    expect(p.operations).toHaveLength(build.expected.operations);
    expect(p.scopes).toHaveLength(build.expected.scopes);
    expect(Object.keys(p.schemas)).toHaveLength(build.expected.componentSchemas);
    expect(new Set(p.operations.map((o) => o.id)).size).toBe(build.expected.operations);
    expect(p.operations.filter((o) => /^(get|post|put|patch|delete)_/.test(o.id))).toHaveLength(build.expected.derivedIds);
    expect(catalog.warnings.map(formatSpecError)).toEqual([
      `specs/large-vendor/openapi.${format}: paths./2fa/enable/.post.operationId: operation id "2fa.enable" is already used by paths./2fa/enable.post; renamed to "2fa.enable_2"`,
    ]);
    expect(p.baseUrl).toBe('https://www.api.large.example.com/v1');
    const byId = new Map(p.operations.map((o) => [o.id, o]));
    expect(byId.get('Über-things_0.list')?.serverUrl).toBe('https://eu.bulk.example.com/v2'); // path-level server with variables
    expect(byId.get('update-Über-things_0')?.serverUrl).toBe('https://www.api.large.example.com/v3-beta'); // relative op server
    expect(byId.get('create-v2.items-1')?.requiredScopes).toEqual(['resource3:write']);
    expect(byId.get('Über-things_0.list')?.pagination).toMatchObject({ style: 'page_token', nextPath: 'nextPageToken', itemsPath: 'items' });
    expect(byId.get('get_resource3_id')?.path).toBe('/resource3/{id}');
    expect(byId.get('2fa.enable_2')?.path).toBe('/2fa/enable/');
  });

  it('resolves the deep $ref chain and keeps recursion as cycles', () => {
    const p = catalog.providers[0];
    const leaf = p.schemas['Leaf'];
    expect(p.schemas['Alias0']).toBe(leaf);
    expect(p.schemas['Alias199']).toBe(leaf);
    const res = p.schemas['Resource42']['properties'] as Record<string, Record<string, unknown>>;
    expect(res['chained']).toBe(leaf);
    expect(res['previous']).toBe(p.schemas['Resource41']);
    const tree = p.schemas['TreeNode'];
    expect((tree['properties'] as Record<string, Record<string, unknown>>)['children']['items']).toBe(tree);
    const err = (leaf['properties'] as Record<string, Record<string, unknown>>)['error'];
    expect((err['properties'] as Record<string, unknown>)['inner']).toBe(err); // recursion in the external file
  });
});

describe('buildLargeSpec', () => {
  it('is deterministic', () => {
    const a = buildLargeSpec({ resources: 10, minBytes: 10_000 });
    const b = buildLargeSpec({ resources: 10, minBytes: 10_000 });
    expect(a.files).toEqual(b.files);
    expect(a.expected.operations).toBe(62);
  });
});
