interface Entry<V> {
  value: V;
  at: number;
}

/** A small map whose entries expire; bounded so a flood of distinct keys cannot grow it without limit. */
export class TtlCache<K, V> {
  private readonly map = new Map<K, Entry<V>>();
  private readonly loading = new Map<K, Promise<V | undefined>>();
  /** Bumped by every removal, so a load that started before it cannot put back what was removed. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.map.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, { value, at: Date.now() });
  }

  /**
   * The cached value, or the loader's (stored unless undefined). Concurrent misses on one key share one load, so an
   * expiry under load costs one database round trip, not one per waiting request.
   */
  getOrLoad(key: K, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const running = this.loading.get(key);
    if (running) return running;
    const generation = this.generation;
    const p: Promise<V | undefined> = load()
      .then((value) => {
        if (value !== undefined && generation === this.generation) this.set(key, value);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === p) this.loading.delete(key);
      });
    this.loading.set(key, p);
    return p;
  }

  deleteWhere(pred: (key: K, value: V) => boolean): void {
    this.generation++;
    this.loading.clear();
    for (const [k, e] of this.map) if (pred(k, e.value)) this.map.delete(k);
  }

  clear(): void {
    this.generation++;
    this.loading.clear();
    this.map.clear();
  }
}
