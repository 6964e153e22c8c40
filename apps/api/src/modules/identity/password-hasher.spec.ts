import { loadConfig } from '../../platform/config/app-config';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher(loadConfig({ NODE_ENV: 'test', PATCHBAY_ARGON2_MEMORY_KIB: '1024', PATCHBAY_ARGON2_TIME_COST: '1' }));
  beforeAll(() => hasher.onModuleInit());

  it('hashes with argon2id and the configured cost, salted', async () => {
    const a = await hasher.hash('correct horse');
    const b = await hasher.hash('correct horse');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only', async () => {
    const hash = await hasher.hash('correct horse');
    expect(await hasher.verify(hash, 'correct horse')).toBe(true);
    expect(await hasher.verify(hash, 'wrong horse')).toBe(false);
  });

  it('answers false for an unknown user (after verifying the dummy hash) and for garbage hashes', async () => {
    expect(await hasher.verify(undefined, 'anything')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });
});
