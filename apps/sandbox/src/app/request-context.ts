import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParsedBody } from './http-io';
import type { RouteTable } from './route-table';
import type { SandboxState } from './sandbox-state';

export interface SandboxOptions {
  /** Lifetime of issued access tokens (seconds). Providers without refresh get `longTokenTtlSeconds`. */
  accessTokenTtlSeconds: number;
  longTokenTtlSeconds: number;
  codeTtlSeconds: number;
  /** Items seeded into each collection the first time an account touches it. */
  seedItems: number;
  publicUrl: string;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  /** Provider host from the first path segment (`slack.com`). */
  host: string;
  /** Provider path after the host (`/api/chat.postMessage`). */
  path: string;
  query: URLSearchParams;
  rawBody: Buffer;
  body: ParsedBody;
  state: SandboxState;
  table: RouteTable;
  options: SandboxOptions;
}
