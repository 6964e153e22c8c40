import type { OperationExecutor } from '@patchbay/connector-runtime';
import { auth } from './api-client';
import type { SandboxProcess } from './sandbox-process';
import type { TestApp } from './test-app';

/** A provider answer as the tests read it (JSON of unknown shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface OperationResponse {
  /** The Retry-After header, when the answer carries one. */
  retryAfter?: string;
  /** Our HTTP status. */
  httpStatus: number;
  /** `{status, data}` on success, `{error}` otherwise. */
  body: Json;
}

/** Runs one operation through `POST /api/apps/:app/connections/:provider/operations/:operationId`. */
export async function runOperation(
  t: TestApp,
  token: string,
  appId: string,
  provider: string,
  operationId: string,
  input: Record<string, unknown> = {},
): Promise<OperationResponse> {
  const res = await t
    .http()
    .post(`/api/apps/${appId}/connections/${provider}/operations/${operationId}`)
    .set(...auth(token))
    .send({ input });
  return { httpStatus: res.status, body: res.body, retryAfter: res.headers['retry-after'] };
}

/** Like {@link runOperation} but fails the test (with the error body) unless the call succeeded; returns `data`. */
export async function okOperation(
  t: TestApp,
  token: string,
  appId: string,
  provider: string,
  operationId: string,
  input: Record<string, unknown> = {},
): Promise<Json> {
  const r = await runOperation(t, token, appId, provider, operationId, input);
  if (r.httpStatus !== 200) throw new Error(`${provider}.${operationId} answered ${r.httpStatus}: ${JSON.stringify(r.body)}`);
  return r.body.data;
}

/** The failure a generated client sees when the endpoint refuses the call. */
export class OperationCallError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: Json,
  ) {
    super(`operation failed with ${httpStatus}: ${JSON.stringify(body)}`);
  }
}

/** An executor for the generated clients that goes through the HTTP endpoint (what an app's backend would do). */
export function httpExecutor(t: TestApp, token: string, appId: string): OperationExecutor & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async execute<I, O>(providerId: string, operationId: string, input: I): Promise<O> {
      calls.push(`${providerId}:${operationId}`);
      const r = await runOperation(t, token, appId, providerId, operationId, input as Record<string, unknown>);
      if (r.httpStatus !== 200) throw new OperationCallError(r.httpStatus, r.body);
      return r.body.data as O;
    },
  };
}

export interface SandboxCounters {
  refreshes: number;
  refreshesByGrant: Record<string, number>;
  operations: Record<string, number>;
  faultsServed: number;
}

export async function sandboxCounters(sandbox: SandboxProcess): Promise<SandboxCounters> {
  return (await sandbox.control('/counters')).json as SandboxCounters;
}

/** Calls the sandbox answered for one operation so far. */
export async function providerCalls(sandbox: SandboxProcess, provider: string, operationId: string): Promise<number> {
  return (await sandboxCounters(sandbox)).operations[`${provider}:${operationId}`] ?? 0;
}
