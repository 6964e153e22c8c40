import { REFRESH_SKEW_MS, refreshDue, refreshWindowMs } from './connection-tokens.service';

const S = 1_000;
const LIFETIMES = [10 * S, 30 * S, 60 * S, 2 * 60 * S, 5 * 60 * S, 60 * 60 * S, 24 * 60 * 60 * S];

/**
 * Simulates a connection used every `stepMs` for `spanMs`: returns how many refreshes the rule asks for. Each
 * refresh issues a new token of the same lifetime at that moment.
 */
function refreshesOver(lifetimeMs: number, spanMs: number, stepMs: number): number {
  let issuedAt = 0;
  let refreshes = 0;
  for (let now = 0; now <= spanMs; now += stepMs) {
    if (refreshDue(new Date(issuedAt), new Date(issuedAt + lifetimeMs), now)) {
      issuedAt = now;
      refreshes++;
    }
  }
  return refreshes;
}

describe('refresh ahead of expiry', () => {
  it.each(LIFETIMES)('a token living %i ms is refreshed before it dies, never earlier than a minute or 3/4 of its life', (lifetime) => {
    const w = refreshWindowMs(lifetime);
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThanOrEqual(REFRESH_SKEW_MS);
    expect(w).toBeLessThanOrEqual(lifetime / 4);
    // Fresh: not due. Just inside the window: due. Expired: due.
    expect(refreshDue(new Date(0), new Date(lifetime), 0)).toBe(false);
    expect(refreshDue(new Date(0), new Date(lifetime), lifetime - w - 1)).toBe(false);
    expect(refreshDue(new Date(0), new Date(lifetime), lifetime - w + 1)).toBe(true);
    expect(refreshDue(new Date(0), new Date(lifetime), lifetime + 1)).toBe(true);
  });

  it.each(LIFETIMES)('a connection called often refreshes a %i ms token once per lifetime at most, not per call', (lifetime) => {
    const span = Math.min(lifetime * 4, 48 * 60 * 60 * S);
    const step = Math.max(100, Math.floor(lifetime / 1_000));
    const calls = Math.floor(span / step) + 1;
    const refreshes = refreshesOver(lifetime, span, step);
    // Each token is used for at least 3/4 of its life: at most 4/3 refreshes per lifetime, and at least one.
    expect(refreshes).toBeGreaterThanOrEqual(Math.floor(span / lifetime));
    expect(refreshes).toBeLessThanOrEqual(Math.ceil((span / lifetime) * (4 / 3)));
    expect(refreshes).toBeLessThan(calls / 10);
  });

  it('keeps the one-minute margin for long-lived tokens', () => {
    expect(refreshWindowMs(60 * 60 * S)).toBe(REFRESH_SKEW_MS);
    expect(refreshWindowMs(24 * 60 * 60 * S)).toBe(REFRESH_SKEW_MS);
    expect(refreshWindowMs(30 * S)).toBe(7.5 * S);
  });

  it('an unknown lifetime leaves no margin, and no expiry means no refresh ahead', () => {
    expect(refreshWindowMs(0)).toBe(0);
    expect(refreshWindowMs(-5 * S)).toBe(0);
    expect(refreshDue(new Date(10 * S), new Date(5 * S), 4 * S)).toBe(false);
    expect(refreshDue(new Date(10 * S), new Date(5 * S), 6 * S)).toBe(true);
    expect(refreshDue(new Date(0), null, 1e12)).toBe(false);
  });
});
