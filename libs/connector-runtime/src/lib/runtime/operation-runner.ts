import { getPath, missingScopes, satisfiesScopes, type OperationModel, type ProviderModel } from '@patchbay/spec';
import { ConnectorError } from './connector-error';
import { applyCredential, type CredentialSecret } from './credential-auth';
import { InputValidator } from './input-validator';
import { buildRequest, resolveServerUrl, type BuiltRequest } from './request-builder';
import { OutboundError } from '../outbound/outbound-error';
import type { OutboundClient } from '../outbound/outbound-client';
import { fetchTransport, outboundTransport, undiciTransport, type Transport, type TransportResponse } from './transport';

/** What the runner needs from a connection; tokens stay behind this seam (refresh, locking, storage). */
export interface ConnectionHandle {
  grantedScopes: readonly string[];
  metadata: Record<string, string>;
  /** A usable access token (the handle refreshes ahead of expiry). */
  accessToken(): Promise<string>;
  /** After the provider refused `stale`: refresh (once, shared by concurrent callers) and return the new token. */
  refreshAfterRejection(stale: string): Promise<string>;
  /**
   * Credential connectors (`provider.authType === 'credential'`): the stored API key, bearer token or user + password.
   * Used instead of `accessToken`; there is no refresh (a refused credential fails the call with `auth_failed`).
   */
  credential?(): Promise<CredentialSecret>;
}

export interface RetryPolicy {
  /** Attempts in all, first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the caller gets `rate_limited` with the hint. */
  maxRetryAfterMs: number;
  /**
   * Budget of one call, attempts and waits included: no wait or attempt starts past it, and the last attempt's
   * timeout is cut to what is left. Bounds a call at about this long whatever the retry settings.
   */
  deadlineMs: number;
}

export interface RunnerOptions {
  rewriteUrl?: (url: string) => string;
  /** How requests reach providers (default: undici's keep-alive pool). */
  transport?: Transport;
  /** Send through this client (destination policy, byte cap); ignored when `transport` is given. */
  outbound?: OutboundClient;
  /** Shorthand for a `fetch`-based transport (tests fake the network with it). */
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Per attempt. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Clock for the call's deadline (tests move it). */
  now?: () => number;
}

export interface RunResult<T = unknown> {
  status: number;
  data: T;
  attempts: number;
  /**
   * The response body's bytes exactly as received, when `data` was parsed from them as JSON (so they are valid JSON):
   * lets a proxy pass the answer on without serialising or re-encoding it.
   */
  raw?: Buffer;
}

/** The shortest attempt worth starting within a call's budget. */
const MIN_ATTEMPT_MS = 100;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 8_000, maxRetryAfterMs: 30_000, deadlineMs: 60_000 };

type Outcome =
  | { kind: 'ok'; status: number; data: unknown; raw?: Buffer }
  | { kind: 'auth'; status: number; providerCode?: string; message: string }
  | { kind: 'rate'; status: number; providerCode?: string; message: string; retryAfterMs?: number }
  | { kind: 'server'; status: number; providerCode?: string; message: string }
  | { kind: 'client'; status: number; providerCode?: string; message: string }
  | { kind: 'network'; timeout: boolean; message: string }
  /** Refused on our side (destination policy, byte cap): not the provider's doing, never retried. */
  | { kind: 'refused'; code: 'destination_not_allowed' | 'response_too_large'; message: string };

/**
 * Runs catalog operations: input validation, scope guard (before any provider call), request building, retries
 * with exponential backoff and jitter, Retry-After and provider rate-limit signals, one refresh-and-retry on a
 * refused token, and provider errors mapped to {@link ConnectorError}. Everything provider-specific comes from the
 * model (`errors`, `oauth.okField`, `defaultHeaders`, pagination).
 */
export class OperationRunner {
  private readonly validator = new InputValidator();
  private readonly rewrite: (url: string) => string;
  private readonly transport: Transport;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly opIndex = new WeakMap<ProviderModel, Map<string, OperationModel>>();

  constructor(options: RunnerOptions = {}) {
    this.rewrite = options.rewriteUrl ?? ((u) => u);
    this.transport =
      options.transport ??
      (options.outbound ? outboundTransport(options.outbound) : options.fetch ? fetchTransport(options.fetch) : undiciTransport());
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  operation(provider: ProviderModel, operationId: string): OperationModel {
    let index = this.opIndex.get(provider);
    if (!index) {
      index = new Map(provider.operations.map((o) => [o.id, o]));
      this.opIndex.set(provider, index);
    }
    const op = index.get(operationId);
    if (!op) throw new ConnectorError('unknown_operation', `${provider.name} has no operation "${operationId}"`);
    return op;
  }

  /** Scope guard: undefined when the grant covers one of the operation's alternatives. */
  scopeProblem(op: OperationModel, granted: readonly string[]): { requiredScopes: string[]; missingScopes: string[] } | undefined {
    if (satisfiesScopes(op.scopeAlternatives, granted)) return undefined;
    return { requiredScopes: [...op.requiredScopes], missingScopes: missingScopes(op.requiredScopes, granted) };
  }

  /** Checks input and scopes; throws {@link ConnectorError} without calling the provider. */
  preflight(provider: ProviderModel, operationId: string, input: unknown, granted: readonly string[]): OperationModel {
    const op = this.operation(provider, operationId);
    const problems = this.validator.validate(provider, op, input);
    if (problems.length > 0) {
      throw new ConnectorError(
        'invalid_input',
        `The input of ${operationId} is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
        {
          problems,
        },
      );
    }
    const scope = this.scopeProblem(op, granted);
    if (scope) {
      throw new ConnectorError(
        'insufficient_scope',
        `${operationId} needs permissions this connection was not granted: ${scope.missingScopes.join(', ')}`,
        scope,
      );
    }
    return op;
  }

  async run<T = unknown>(provider: ProviderModel, operationId: string, input: unknown, connection: ConnectionHandle): Promise<RunResult<T>> {
    const op = this.preflight(provider, operationId, input, connection.grantedScopes);
    const build = () =>
      buildRequest(provider, op, (input ?? {}) as Record<string, unknown>, { metadata: connection.metadata, rewriteUrl: this.rewrite });
    const retrySafe = IDEMPOTENT.has(op.method.toUpperCase()) || op.readOnly;
    return this.execute<T>(provider, build, retrySafe, connection);
  }

  /** GET of a URL the provider handed back (next-page links); relative ones resolve against the API host. */
  async getUrl<T = unknown>(provider: ProviderModel, op: OperationModel, urlOrPath: string, connection: ConnectionHandle): Promise<RunResult<T>> {
    const server = resolveServerUrl(provider, op, connection.metadata);
    const origin = /^(https?:\/\/[^/]+)/i.exec(server)?.[1] ?? server;
    const url = /^https?:\/\//i.test(urlOrPath) ? urlOrPath : origin + (urlOrPath.startsWith('/') ? '' : '/') + urlOrPath;
    const build = (): BuiltRequest => ({
      url: this.rewrite(url),
      method: 'GET',
      headers: { accept: 'application/json', ...provider.defaultHeaders },
    });
    return this.execute<T>(provider, build, true, connection);
  }

  /**
   * Every page of a paginated operation, following the style the spec declares (cursor, page token, offset,
   * next URL). `maxPages` bounds the walk.
   */
  async *pages<T = unknown>(
    provider: ProviderModel,
    operationId: string,
    input: Record<string, unknown>,
    connection: ConnectionHandle,
    maxPages = 100,
  ): AsyncGenerator<T> {
    const op = this.operation(provider, operationId);
    const pg = op.pagination;
    let current: Record<string, unknown> = { ...input };
    let offset = 0;
    let result = await this.run<T>(provider, operationId, current, connection);
    for (let page = 1; ; page++) {
      yield result.data;
      if (page >= maxPages || pg.style === 'none') return;
      const data = result.data as unknown;
      if (pg.hasMorePath && getPath(data, pg.hasMorePath) === false) return;
      const next = pg.nextPath ? getPath(data, pg.nextPath) : undefined;
      if (pg.style === 'next_url') {
        if (typeof next !== 'string' || !next) return;
        result = await this.getUrl<T>(provider, op, next, connection);
        continue;
      }
      if (pg.style === 'offset') {
        const items = pg.itemsPath ? getPath(data, pg.itemsPath) : undefined;
        if (!Array.isArray(items) || items.length === 0) return;
        offset += items.length;
        current = withParam(current, pg.requestParam ?? 'offset', pg.requestIn, offset);
      } else {
        if (next === undefined || next === null || next === '') return;
        current = withParam(current, pg.requestParam ?? 'cursor', pg.requestIn, next);
      }
      result = await this.run<T>(provider, operationId, current, connection);
    }
  }

  private async execute<T>(
    provider: ProviderModel,
    build: () => BuiltRequest,
    retrySafe: boolean,
    connection: ConnectionHandle,
  ): Promise<RunResult<T>> {
    const deadline = this.now() + this.retry.deadlineMs;
    const credentialAuth = provider.authType === 'credential' ? provider.credential : undefined;
    if (provider.authType === 'credential' && (!credentialAuth || !connection.credential))
      throw new ConnectorError('auth_failed', `${provider.name} is a credential connector but no credential was given`);
    const secret = credentialAuth ? await (connection.credential as () => Promise<CredentialSecret>)() : undefined;
    let token = credentialAuth ? '' : await connection.accessToken();
    // A credential cannot be refreshed: a refusal is final.
    let refreshed = credentialAuth !== undefined;
    let attempts = 0;
    for (;;) {
      attempts++;
      const req = build();
      if (credentialAuth && secret) applyCredential(req, credentialAuth, secret);
      else req.headers['authorization'] = `Bearer ${token}`;
      const left = deadline - this.now();
      if (left <= 0)
        throw new ConnectorError('timeout', `${provider.name} did not answer within the call's ${this.retry.deadlineMs} ms budget`, {
          attempts: attempts - 1,
        });
      const outcome = await this.attempt(provider, req, Math.min(this.timeoutMs, left));
      if (outcome.kind === 'ok') return { status: outcome.status, data: outcome.data as T, attempts, raw: outcome.raw };
      if (outcome.kind === 'auth') {
        if (!refreshed) {
          refreshed = true;
          attempts--; // the refresh-and-retry is not a retry of a failure we caused
          token = await connection.refreshAfterRejection(token);
          continue;
        }
        throw new ConnectorError(
          'auth_failed',
          credentialAuth
            ? `The provider refused the stored credential: ${outcome.message}`
            : `The provider refused the connection's token after a refresh: ${outcome.message}`,
          {
            status: outcome.status,
            providerCode: outcome.providerCode,
            attempts,
          },
        );
      }
      const canRetry = attempts < this.retry.maxAttempts;
      // A retry must fit in the call's budget: its wait plus some time for the attempt itself.
      const fits = (wait: number) => this.now() + wait + MIN_ATTEMPT_MS <= deadline;
      if (outcome.kind === 'rate') {
        // A rate-limited request was not processed, so retrying it is safe whatever the method.
        const wait = outcome.retryAfterMs ?? this.backoff(attempts);
        if (canRetry && wait <= this.retry.maxRetryAfterMs && fits(wait)) {
          await this.sleep(wait);
          continue;
        }
        throw new ConnectorError('rate_limited', `The provider is rate limiting this connection: ${outcome.message}`, {
          status: outcome.status,
          providerCode: outcome.providerCode,
          retryAfterSeconds: outcome.retryAfterMs !== undefined ? Math.ceil(outcome.retryAfterMs / 1000) : undefined,
          attempts,
        });
      }
      if ((outcome.kind === 'server' || outcome.kind === 'network') && retrySafe && canRetry) {
        const wait = this.backoff(attempts);
        if (fits(wait)) {
          await this.sleep(wait);
          continue;
        }
      }
      if (outcome.kind === 'refused') throw new ConnectorError(outcome.code, outcome.message, { attempts });
      if (outcome.kind === 'network') {
        throw new ConnectorError(outcome.timeout ? 'timeout' : 'network_error', outcome.message, { attempts });
      }
      throw new ConnectorError('provider_error', outcome.message, { status: outcome.status, providerCode: outcome.providerCode, attempts });
    }
  }

  /** Full jitter: uniform in [0, min(max, base·2^(n-1))]. */
  private backoff(attempt: number): number {
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.random() * cap);
  }

  private async attempt(provider: ProviderModel, req: BuiltRequest, timeoutMs: number): Promise<Outcome> {
    let res: TransportResponse;
    try {
      res = await this.transport({
        url: req.url,
        method: req.method,
        headers: req.headers,
        body: req.body,
        timeoutMs,
        followRedirects: req.followRedirects,
      });
    } catch (err) {
      if (err instanceof OutboundError && (err.code === 'destination_not_allowed' || err.code === 'response_too_large')) {
        return { kind: 'refused', code: err.code, message: `${provider.name}: ${err.message}` };
      }
      // By name, not `instanceof Error`: the abort reason is a DOMException, which is not an Error of every realm
      // (under jest's vm context the check failed and timeouts were reported as unreachable hosts).
      const name = err !== null && typeof err === 'object' ? (err as { name?: unknown }).name : undefined;
      const timeout = name === 'TimeoutError' || name === 'AbortError';
      let host = req.url;
      try {
        host = new URL(req.url).host;
      } catch {
        /* keep the raw URL */
      }
      return {
        kind: 'network',
        timeout,
        message:
          err instanceof OutboundError
            ? `${provider.name}: ${err.message}`
            : timeout
              ? `${provider.name} did not answer in time (${host})`
              : `${provider.name} could not be reached (${host})`,
      };
    }
    const text = res.text;
    const resOk = res.status >= 200 && res.status < 300;
    let raw: Buffer | undefined;
    let data: unknown = null;
    if (text) {
      try {
        data = JSON.parse(text);
        raw = res.body ?? Buffer.from(text);
      } catch {
        data = text;
      }
    }
    const errors = provider.errors;
    const providerCode = str(getPath(data, errors.codePath));
    const message = str(getPath(data, errors.messagePath)) ?? providerCode ?? `HTTP ${res.status}`;
    const okField = provider.oauth.okField;
    const failedOk = okField !== undefined && data !== null && typeof data === 'object' && getPath(data, okField) === false;
    if (resOk && !failedOk) return { kind: 'ok', status: res.status, data, raw };

    const isRate =
      res.status === 429 ||
      errors.rateLimit.some((r) => r.status === res.status && (r.code === undefined || r.code === providerCode)) ||
      (failedOk && errors.rateLimit.some((r) => r.code !== undefined && r.code === providerCode));
    if (isRate) return { kind: 'rate', status: res.status, providerCode, message, retryAfterMs: retryAfter(res.header('retry-after')) };
    if (res.status === 401 || (providerCode !== undefined && errors.authCodes.includes(providerCode))) {
      return { kind: 'auth', status: res.status, providerCode, message };
    }
    if (res.status >= 500) return { kind: 'server', status: res.status, providerCode, message };
    return { kind: 'client', status: res.status, providerCode, message: `${provider.name} refused the call: ${message}` };
  }
}

function withParam(input: Record<string, unknown>, name: string, where: 'query' | 'body' | undefined, value: unknown): Record<string, unknown> {
  if (where === 'body') return { ...input, body: { ...((input['body'] as Record<string, unknown>) ?? {}), [name]: value } };
  return { ...input, [name]: value };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;
}

/** `Retry-After` as seconds or an HTTP date. */
export function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}
