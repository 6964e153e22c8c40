import { TtlCache } from './ttl-cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('TtlCache.getOrLoad', () => {
  it('shares one load between concurrent misses and serves the value from the cache afterwards', async () => {
    const cache = new TtlCache<string, number>(60_000);
    const d = deferred<number>();
    const load = jest.fn(() => d.promise);
    const waiting = [cache.getOrLoad('k', load), cache.getOrLoad('k', load), cache.getOrLoad('k', load)];
    d.resolve(7);
    expect(await Promise.all(waiting)).toEqual([7, 7, 7]);
    expect(await cache.getOrLoad('k', load)).toBe(7);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not store undefined (nothing found is asked again next time)', async () => {
    const cache = new TtlCache<string, number>(60_000);
    const load = jest.fn(async () => undefined);
    expect(await cache.getOrLoad('k', load)).toBeUndefined();
    expect(await cache.getOrLoad('k', load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not put back a value whose load started before a removal (a revoked session stays revoked)', async () => {
    const cache = new TtlCache<string, string>(60_000);
    const d = deferred<string>();
    const inflight = cache.getOrLoad('session', () => d.promise);
    cache.deleteWhere((k) => k === 'session');
    d.resolve('stale');
    expect(await inflight).toBe('stale');
    expect(cache.get('session')).toBeUndefined();
    expect(await cache.getOrLoad('session', async () => 'fresh')).toBe('fresh');
    expect(cache.get('session')).toBe('fresh');
  });

  it('loads again once an entry expired, and shares a failed load without caching it', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const cache = new TtlCache<string, number>(1_000);
      let n = 0;
      const load = async () => ++n;
      expect(await cache.getOrLoad('k', load)).toBe(1);
      jest.setSystemTime(500);
      expect(await cache.getOrLoad('k', load)).toBe(1);
      jest.setSystemTime(1_501);
      expect(await cache.getOrLoad('k', load)).toBe(2);
      const failing = jest.fn(async () => {
        throw new Error('db down');
      });
      await expect(Promise.all([cache.getOrLoad('x', failing), cache.getOrLoad('x', failing)])).rejects.toThrow('db down');
      expect(failing).toHaveBeenCalledTimes(1);
      expect(cache.get('x')).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });
});
