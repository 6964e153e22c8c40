/** Per-run limits. Each one, when crossed, stops the run and records it failed with its own code. */
export interface RunLimits {
  /** Wall-clock time of the whole run, connector calls included (`timeout`). */
  timeoutMs: number;
  /** Heap of the isolate (`memory_limit`). */
  memoryMb: number;
  /** Log lines (`log_limit`). */
  maxLogLines: number;
  /** Log characters, all lines together (`log_limit`). */
  maxLogBytes: number;
  /** Characters of the result written as JSON (`result_too_large`). */
  maxResultBytes: number;
  /** Connector calls (`call_limit`). */
  maxCalls: number;
  /** Characters of one connector call's input written as JSON (`invalid_input`). */
  maxCallInputBytes: number;
}

export const DEFAULT_LIMITS: Readonly<RunLimits> = Object.freeze({
  timeoutMs: 10_000,
  memoryMb: 64,
  maxLogLines: 1000,
  maxLogBytes: 64 * 1024,
  maxResultBytes: 256 * 1024,
  maxCalls: 100,
  maxCallInputBytes: 1024 * 1024,
});

/** `ctx.connectors.<connector>.<method>` → the provider operation it runs (the toolchain's functionMethodTable()). */
export type MethodTable = Readonly<Record<string, Readonly<Record<string, { readonly provider: string; readonly operationId: string }>>>>;

/** What the host answers for one operation call. */
export interface OperationCallAnswer {
  status: number;
  data: unknown;
}

/**
 * Runs one provider operation for the function (the host's operations pipeline: scope guard, retries, audit).
 * Throw a {@link OperationCallError} to fail the call with a code the run keeps.
 */
export type OperationCaller = (call: { provider: string; operationId: string; input: unknown }) => Promise<OperationCallAnswer>;

/** A failed operation call, as the function and the run record see it. */
export class OperationCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Extra facts that travel with the code (missingScopes, consentUrl, providerStatus…): JSON values only. */
    readonly details: Record<string, unknown> = {},
    /** The HTTP status the same failure has on the operations endpoint. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'OperationCallError';
  }
}

/**
 * Sends a request to one of the app's custom integrations (`ctx.integrations.<name>.request(…)`); the host adds the
 * base URL and credentials. Answers `{status, data}` like an operation; throw {@link OperationCallError} to fail it.
 */
export type IntegrationCaller = (call: { name: string; request: unknown }) => Promise<OperationCallAnswer>;

export interface RunRequest {
  /** Identifies the code version (`<functionId>@<version>`): its transpiled and compiled forms are cached by it. */
  key: string;
  /** The function's TypeScript (or JavaScript) source; transpiled once per key. */
  code: string;
  input?: unknown;
  event?: unknown;
  callOperation: OperationCaller;
  /** Absent: `ctx.integrations.*` fails with `integration_not_found`. */
  callIntegration?: IntegrationCaller;
  /** `ctx.runId`. */
  runId?: string;
  limits?: Partial<RunLimits>;
}

export interface RunLog {
  /** Milliseconds since the run started. */
  t: number;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

export interface RunCall {
  provider: string;
  operationId: string;
  /** The provider's HTTP status, or the error code when the call failed before or instead of an answer. */
  status: number | string;
  durationMs: number;
}

export interface RunError {
  code: string;
  message: string;
  missingScopes?: string[];
  consentUrl?: string;
  [extra: string]: unknown;
}

export interface RunResult {
  status: 'succeeded' | 'failed';
  result?: unknown;
  error?: RunError;
  logs: RunLog[];
  calls: RunCall[];
  durationMs: number;
}
