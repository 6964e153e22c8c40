import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveRefs, type RefContext } from './ref-resolver';
import { IssueCollector } from './spec-error';

const ROOT = mkdtempSync(join(tmpdir(), 'refs-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

function setup(files: Record<string, string>): { dir: string; ctx: RefContext } {
  const dir = mkdtempSync(join(ROOT, 'case-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, ctx: { rootDir: dir, repoRoot: dir, issues: new IssueCollector(), files: new Map(), reportedFiles: new Set() } };
}

describe('resolveRefs', () => {
  it('follows JSON pointers with ~0/~1 and %-escapes, and pointers running through other $refs', () => {
    const { ctx, dir } = setup({});
    const doc = {
      paths: { '/a/{id}': { get: { x: 1 } }, '/b': { $ref: '#/paths/~1a~1%7Bid%7D' } },
      use: { $ref: '#/paths/~1b/get' },
      'til~de': { v: 2 },
      tilde: { $ref: '#/til~0de' },
    };
    resolveRefs(ctx, doc, join(dir, 'openapi.yaml'));
    expect(ctx.issues.errors).toEqual([]);
    expect(doc.use).toEqual({ x: 1 });
    expect(doc.tilde).toBe(doc['til~de']);
  });

  it('does not overflow the stack on a 5000-long alias chain or 5000-deep nesting', () => {
    const { ctx, dir } = setup({});
    const defs: Record<string, unknown> = { End: { type: 'string' } };
    for (let i = 0; i < 5000; i++) defs[`A${i}`] = { $ref: i === 4999 ? '#/defs/End' : `#/defs/A${i + 1}` };
    let deep: Record<string, unknown> = { $ref: '#/defs/A0' };
    for (let i = 0; i < 5000; i++) deep = { properties: { next: deep } };
    const doc = { defs, deep, first: { $ref: '#/defs/A0' }, mid: { $ref: '#/defs/A2500' } };
    resolveRefs(ctx, doc, join(dir, 'openapi.yaml'));
    expect(ctx.issues.errors).toEqual([]);
    expect(doc.first).toBe(defs['End']);
    expect(doc.mid).toBe(defs['End']);
  });

  it('leaves literal $ref values in examples alone', () => {
    const { ctx, dir } = setup({});
    const doc = { schema: { example: { $ref: 'not-a-ref' }, properties: { example: { $ref: '#/defs/S' } } }, defs: { S: { type: 'string' } } };
    resolveRefs(ctx, doc, join(dir, 'openapi.yaml'));
    expect(ctx.issues.errors).toEqual([]);
    expect(doc.schema.example).toEqual({ $ref: 'not-a-ref' });
    expect(doc.schema.properties.example).toEqual({ type: 'string' });
  });

  it('resolves chains across files relative to the file that holds each $ref, parsing each file once', () => {
    const { ctx, dir } = setup({
      'a/one.yaml': 'Thing: {$ref: "../b/two.json#/Inner"}\n',
      'b/two.json': '{"Inner": {"type": "object", "properties": {"again": {"$ref": "#/Inner"}}}}',
    });
    const doc = { x: { $ref: 'a/one.yaml#/Thing' }, y: { $ref: 'b/two.json#/Inner' } };
    resolveRefs(ctx, doc, join(dir, 'openapi.yaml'));
    expect(ctx.issues.errors).toEqual([]);
    expect(doc.x).toBe(doc.y);
    expect((doc.x as unknown as { properties: { again: unknown } }).properties.again).toBe(doc.x);
    expect([...ctx.files.keys()].sort()).toEqual([join(dir, 'a/one.yaml'), join(dir, 'b/two.json'), join(dir, 'openapi.yaml')]);
  });

  it('reports remote refs, anchors and broken files with the exact $ref', () => {
    const { ctx, dir } = setup({ 'bad.yaml': 'a: [\n' });
    const doc = { r: { $ref: 'https://example.com/s.json#/X' }, a: { $ref: '#anchor' }, b: { $ref: 'bad.yaml#/a' } };
    resolveRefs(ctx, doc, join(dir, 'openapi.yaml'));
    expect(ctx.issues.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'openapi.yaml: r.$ref: cannot resolve $ref "https://example.com/s.json#/X": remote references are not supported (only files in the specs directory)',
      'openapi.yaml: a.$ref: cannot resolve $ref "#anchor": only JSON pointers ("#/a/b") are supported, not anchors',
      expect.stringMatching(/^bad\.yaml: : invalid YAML at line \d+, column \d+: /),
      'openapi.yaml: b.$ref: cannot resolve $ref "bad.yaml#/a": bad.yaml is not valid',
    ]);
  });
});
