import { join } from 'node:path';
import { runValidateCli } from './validate';

const FIX = join(__dirname, '..', '__fixtures__');

describe('validate CLI', () => {
  it('prints every error and exits 1', () => {
    const out: string[] = [];
    const code = runValidateCli([join(FIX, 'invalid', 'specs')], (l) => out.push(l));
    expect(code).toBe(1);
    expect(out).toContain(
      'error   specs/bad-scope/openapi.yaml: paths./chat.postMessage.post.security[0].oauth: scope "chat:wrte" is not declared in components.securitySchemes.oauth.flows.authorizationCode.scopes',
    );
    expect(out.filter((l) => l.startsWith('error '))).toHaveLength(44);
    expect(out[out.length - 1]).toMatch(/^1 provider\(s\), 1 operation\(s\) loaded in \d+ ms; 44 error\(s\), 0 warning\(s\)$/);
  });

  it('prints warnings and exits 0 when there are only warnings; --strict makes them fatal', () => {
    const out: string[] = [];
    expect(runValidateCli([join(FIX, 'warnings', 'specs')], (l) => out.push(l))).toBe(0);
    expect(out.filter((l) => l.startsWith('warning '))).toHaveLength(9);
    expect(runValidateCli([join(FIX, 'warnings', 'specs'), '--strict'], () => undefined)).toBe(1);
  });

  it('--json prints machine-readable results', () => {
    const out: string[] = [];
    expect(runValidateCli([join(FIX, 'good', 'specs'), '--json'], (l) => out.push(l))).toBe(0);
    const parsed = JSON.parse(out.join('\n')) as { errors: unknown[]; warnings: unknown[]; providers: string[] };
    expect(parsed.providers).toEqual(['dropin', 'gcal', 'slack-lite']);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toHaveLength(1);
  });
});
