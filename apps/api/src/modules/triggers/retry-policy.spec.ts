import { BASE_RETRY_DELAY_MS, isTransient, MAX_RETRY_DELAY_MS, retryDelayMs } from './retry-policy';

describe('isTransient', () => {
  it.each([
    [{ code: 'provider_error', message: '', providerStatus: 503 }, true],
    [{ code: 'provider_error', message: '', providerStatus: 500 }, true],
    [{ code: 'provider_timeout', message: '' }, true],
    [{ code: 'provider_unreachable', message: '' }, true],
    [{ code: 'rate_limited', message: '', retryAfterSeconds: 2 }, true],
    [{ code: 'provider_error', message: '', providerStatus: 404 }, false],
    [{ code: 'provider_error', message: '' }, false],
    [{ code: 'insufficient_scope', message: '', missingScopes: ['chat:write'] }, false],
    [{ code: 'function_error', message: 'provider_error' }, false],
    [{ code: 'compile_error', message: '' }, false],
    [{ code: 'timeout', message: '' }, false],
    [undefined, false],
  ])('%j → %s', (error, expected) => {
    expect(isTransient(error)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base per attempt, within ±20 % jitter', () => {
    for (const attempt of [1, 2, 3, 4]) {
      const base = BASE_RETRY_DELAY_MS * 2 ** (attempt - 1);
      expect(retryDelayMs(attempt, undefined, () => 0)).toBe(Math.round(base * 0.8));
      expect(retryDelayMs(attempt, undefined, () => 1)).toBe(Math.round(base * 1.2));
    }
  });

  it('is capped', () => {
    expect(retryDelayMs(40, undefined, () => 0.5)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("never comes back before the provider's Retry-After; one too far away is not waited for", () => {
    expect(retryDelayMs(1, { code: 'rate_limited', message: '', retryAfterSeconds: 30 }, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(3, { code: 'rate_limited', message: '', retryAfterSeconds: 1 }, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(1, { code: 'rate_limited', message: '', retryAfterSeconds: 7200 }, () => 0.5)).toBeUndefined();
  });
});
