/**
 * The dashboard's API types are reproducible: two fresh generations (two API boots, each on its own throw-away
 * database, serving under different public URLs) give the same file, and the drift check tells a committed copy that
 * was altered or removed from an up-to-date one.
 * Run with: npx jest -c tools/generate/api-types.jest.config.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { API_TYPES_FILE, apiTypesDrift, generateApiTypesInChild, stripRunSpecific } from './api-types';

describe('API types generation', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    // One after the other: two API boots at once would only compete for the same two cores.
    first = await generateApiTypesInChild(undefined, 'http://127.0.0.1:3000');
    second = await generateApiTypesInChild(undefined, 'https://patchbay.example.com:8443');
  }, 120_000);

  it('is deterministic: two boots under different public URLs give byte-identical files', () => {
    expect(second).toBe(first);
  });

  it('holds the API schemas and a header that says how to regenerate, and no instance URL', () => {
    expect(first.startsWith('// GENERATED FILE: do not edit.')).toBe(true);
    expect(first).toContain('npm run generate:api-types');
    expect(first).toMatch(/^ {4}UserView: \{$/m);
    expect(first).toMatch(/^ {4}LoginResponse: \{$/m);
    expect(first).toContain("'/api/auth/login': {");
    expect(first).not.toMatch(/127\.0\.0\.1|patchbay\.example\.com/);
  });

  describe('drift check', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'patchbay-api-types-spec-'));
      mkdirSync(dirname(join(root, API_TYPES_FILE)), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('accepts a copy equal to a fresh generation', () => {
      writeFileSync(join(root, API_TYPES_FILE), first);
      expect(apiTypesDrift(first, root)).toBeUndefined();
    });

    it('reports a copy edited by hand (one property made optional) as differing', () => {
      const edited = first.replace(/^( {6})email: string;$/m, '$1email?: string;');
      expect(edited).not.toBe(first);
      writeFileSync(join(root, API_TYPES_FILE), edited);
      expect(apiTypesDrift(first, root)).toBe('UPDATE');
    });

    it('reports a missing file', () => {
      expect(apiTypesDrift(first, root)).toBe('CREATE');
    });
  });

  it('drops the servers (the instance URL) and leaves the rest of the document alone', () => {
    const document = { openapi: '3.0.0', servers: [{ url: 'http://x' }], paths: { '/a': {} }, components: {} };
    expect(stripRunSpecific(document)).toEqual({ openapi: '3.0.0', paths: { '/a': {} }, components: {} });
    expect(document.servers).toEqual([{ url: 'http://x' }]);
  });
});
