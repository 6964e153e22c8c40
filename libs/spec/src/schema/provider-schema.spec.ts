import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROVIDER_SCHEMA_FILE, renderProviderSchema } from '../cli/validate';
import { validateProviderYaml } from '../lib/provider-validator';

describe('provider.schema.json', () => {
  it('matches the TS source of truth (regenerate with: validate.ts --write-schema)', () => {
    expect(readFileSync(PROVIDER_SCHEMA_FILE, 'utf8')).toBe(renderProviderSchema());
  });

  it('accepts the full provider.yaml example of the team contract', () => {
    const example = parse(readFileSync(join(__dirname, '..', '__fixtures__', 'good', 'contract-example.provider.yaml'), 'utf8'));
    expect(validateProviderYaml(example)).toEqual([]);
  });

  it('rejects wrong values with dotted paths', () => {
    expect(
      validateProviderYaml({
        name: 'x',
        category: 'y',
        description: 'z',
        oauth: { pkce: 'always', revocation: { method: 'GET' } },
        sandbox: { rateLimit: { status: 99, code: 'x' } },
        operations: { 'a.b': { readOnly: 'yes' } },
        auth: 'Google',
      }),
    ).toEqual([
      { path: 'auth', message: 'must match ^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
      { path: 'oauth.pkce', message: 'must be one of required, supported, unsupported' },
      { path: 'oauth.revocation.url', message: 'is required' },
      { path: 'oauth.revocation.method', message: 'must be one of POST, DELETE' },
      { path: 'sandbox.rateLimit.status', message: 'must be >= 100' },
      { path: 'operations.a.b.readOnly', message: 'must be boolean' },
    ]);
  });

  it('accepts vocabulary (aliases, keywords) and rejects wrong shapes', () => {
    const base = { name: 'x', category: 'y', description: 'z' };
    expect(validateProviderYaml({ ...base, aliases: ['Ex'], keywords: ['widget', 'gadget list'] })).toEqual([]);
    expect(validateProviderYaml({ ...base, aliases: 'Ex', keywords: ['', 3] })).toEqual([
      { path: 'aliases', message: 'must be array' },
      { path: 'keywords[0]', message: 'must NOT have fewer than 1 characters' },
      { path: 'keywords[1]', message: 'must be string' },
    ]);
    expect(validateProviderYaml({ ...base, keywords: ['a', 'a'] })).toEqual([{ path: 'keywords', message: expect.stringContaining('duplicate') }]);
  });
});
