import { loadConfig } from '../../platform/config/app-config';
import { HashingSlots, PasswordHasher } from './password-hasher';

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

describe('HashingSlots', () => {
  it('runs at most `concurrency` at once, queues up to `maxWaiting`, and refuses the rest with server_busy at once', async () => {
    const slots = new HashingSlots(2, 3);
    let running = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        releases.push(() => {
          running--;
          resolve();
        });
      });
    const results = Array.from({ length: 8 }, () =>
      slots.run(work).then(
        () => 'done',
        (err: unknown) => err,
      ),
    );
    // 2 running + 3 waiting; the other 3 are refused without waiting for anything.
    const refused = await Promise.all(results.slice(5));
    for (const err of refused) expect(err).toMatchObject({ code: 'server_busy', retryAfterSeconds: expect.any(Number) });
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(results.slice(0, 5))).toEqual(Array(5).fill('done'));
    expect(peak).toBe(2);
    // Slots are given back: a later call runs.
    await expect(slots.run(async () => 'again')).resolves.toBe('again');
  });
});
