import type { RunError } from '@patchbay/function-runtime';

/** First retry delay; each later one doubles, up to {@link MAX_RETRY_DELAY_MS}. */
export const BASE_RETRY_DELAY_MS = 1_000;
export const MAX_RETRY_DELAY_MS = 5 * 60_000;
/** A provider's Retry-After beyond this is not waited for: the run fails for good. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * Whether a failed run may succeed when tried again: its error is the host's record of a connector call that failed
 * transiently (the operations pipeline's own retries were used up) — the provider answered 5xx (`provider_error` with
 * its status), did not answer in time (`provider_timeout`), could not be reached (`provider_unreachable`) or asked to
 * slow down (`rate_limited`). A function's own error, a type or compile error, a missing scope and a provider's 4xx
 * fail the same way every time. (A function that catches the call's error and throws its own is not retried either:
 * the runtime only keeps the host's record when the call's error is what the run ended with.)
 */
export function isTransient(error: RunError | undefined): boolean {
  if (!error) return false;
  switch (error.code) {
    case 'provider_timeout':
    case 'provider_unreachable':
    case 'rate_limited':
      return true;
    case 'provider_error':
      return typeof error['providerStatus'] === 'number' && error['providerStatus'] >= 500;
    default:
      return false;
  }
}

/**
 * The wait before attempt `attempt + 1` of a run whose attempt `attempt` failed transiently: exponential back-off
 * with ±20 % jitter (runs failing together do not all come back together), never less than the provider's
 * Retry-After; undefined when that is too far away to wait for.
 */
export function retryDelayMs(attempt: number, error: RunError | undefined, random: () => number = Math.random): number | undefined {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(backoff * (0.8 + 0.4 * random()));
  const retryAfter = typeof error?.['retryAfterSeconds'] === 'number' ? error['retryAfterSeconds'] * 1000 : 0;
  if (retryAfter > MAX_RETRY_AFTER_MS) return undefined;
  return Math.max(jittered, retryAfter);
}
