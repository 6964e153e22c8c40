import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '@patchbay/spec';
import { handleOperation } from './api-operations';
import { handleControl } from './control-api';
import { parseBody, readBody, sendJson } from './http-io';
import { handleAuthorize, handleIdentity, handleRevoke, handleToken } from './oauth-endpoints';
import type { RequestContext, SandboxOptions } from './request-context';
import { RouteTable } from './route-table';
import { SandboxState } from './sandbox-state';

export interface CreateSandboxInput {
  catalog: Catalog;
  /** Base URL the sandbox is reachable at (shown in listings). Defaults to the listen address. */
  publicUrl?: string;
  options?: Partial<Omit<SandboxOptions, 'publicUrl'>>;
}

export interface Sandbox {
  server: Server;
  state: SandboxState;
  table: RouteTable;
  /** Resolves with the bound port (pass 0 for a free one). */
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
  /** `http://host:port` once listening (or publicUrl when given). */
  url(): string;
}

export function createSandbox(input: CreateSandboxInput): Sandbox {
  const table = new RouteTable(input.catalog);
  const state = new SandboxState();
  const options: SandboxOptions = {
    accessTokenTtlSeconds: 3600,
    longTokenTtlSeconds: 60 * 24 * 3600,
    codeTtlSeconds: 600,
    seedItems: 12,
    publicUrl: input.publicUrl ?? '',
    ...input.options,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(req);
    const body = parseBody(req, rawBody);
    const slash = pathname.indexOf('/', 1);
    const first = slash < 0 ? pathname.slice(1) : pathname.slice(1, slash);
    const rest = slash < 0 ? '/' : pathname.slice(slash);
    const ctx: RequestContext = { req, res, method, host: first, path: rest, query, rawBody, body, state, table, options };

    if (first === '_sandbox') return handleControl(ctx, rest === '/' ? '/' : rest.replace(/\/+$/, ''));
    if (first === '' || first === 'favicon.ico') {
      return sendJson(
        res,
        first ? 404 : 200,
        first
          ? { error: 'not_found' }
          : { name: 'patchbay-sandbox', providers: table.catalog.providers.map((p) => p.id), control: '/_sandbox/providers' },
      );
    }
    const match = table.match(method, first, rest);
    if (!match) {
      const status = table.pathExists(first, rest) ? 405 : 404;
      return sendJson(res, status, {
        error: {
          code: status === 405 ? 'method_not_allowed' : 'sandbox_no_route',
          message: `The sandbox has no ${method} route for https://${first}${rest}`,
        },
      });
    }
    const { route, params } = match;
    switch (route.kind) {
      case 'authorize':
        return handleAuthorize(ctx, route);
      case 'token':
        return handleToken(ctx, route);
      case 'revoke':
        return handleRevoke(ctx, route, params);
      case 'identity':
        return handleIdentity(ctx, route);
      default:
        return handleOperation(ctx, route, params);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'sandbox_internal', message: (err as Error).message } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;

  let boundUrl = input.publicUrl ?? '';
  return {
    server,
    state,
    table,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          if (!input.publicUrl) {
            boundUrl = `http://${host}:${addr.port}`;
            options.publicUrl = boundUrl;
          }
          resolve(addr.port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
    url: () => boundUrl,
  };
}
