import type { Catalog, OperationModel, ProviderModel } from '@patchbay/spec';
import { getPath } from '../app/path-utils';
import { authorize, http, makePkce, tokenCall, toSandbox, type HttpResult } from './sandbox-client';

export interface Connection {
  provider: ProviderModel;
  accessToken: string;
  refreshToken?: string;
  tokenResponse: unknown;
  /** Real-form API origin from the token response (apiBaseUrlFrom), if any. */
  apiBase?: string;
  call(operationId: string, input?: CallInput): Promise<HttpResult>;
  urlFor(operationId: string, input?: CallInput): string;
}

export interface CallInput {
  path?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** Send the body form-encoded instead of JSON. */
  form?: boolean;
}

export function provider(catalog: Catalog, id: string): ProviderModel {
  const p = catalog.providers.find((x) => x.id === id);
  if (!p) throw new Error(`no provider ${id} in the catalog`);
  return p;
}

export function operation(p: ProviderModel, id: string): OperationModel {
  const op = p.operations.find((o) => o.id === id);
  if (!op) throw new Error(`no operation ${id} in ${p.id}`);
  return op;
}

/** Headless connect with the model's quirks; `scopes` defaults to everything the provider's operations need. */
export async function connect(
  base: string,
  p: ProviderModel,
  opts: { scopes?: string[]; account?: number; grant?: string[]; clientId?: string } = {},
): Promise<Connection> {
  const o = p.oauth;
  const clientId = opts.clientId ?? `client-${p.id}`;
  const scopes = opts.scopes ?? [...new Set([...o.defaultScopes, ...p.operations.flatMap((x) => x.requiredScopes)])];
  const pkce = o.pkce !== 'unsupported' ? makePkce(o.pkceEncoding) : undefined;
  const cb = await authorize(base, p, { clientId, redirectUri: 'http://127.0.0.1:9/cb', scopes, pkce, account: opts.account, grant: opts.grant });
  const code = cb.get('code');
  if (!code) throw new Error(`authorize failed: ${cb.toString()}`);
  const params: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:9/cb', ...o.tokenParams };
  if (pkce) params['code_verifier'] = pkce.verifier;
  const res = await tokenCall(base, p, params, { clientId, clientSecret: `secret-${clientId}` });
  if (res.status !== 200) throw new Error(`token exchange failed: ${res.text}`);
  const tr = o.tokenResponse;
  const apiBase = o.apiBaseUrlFrom ? (getPath(res.json, o.metadata[o.apiBaseUrlFrom]) as string) : undefined;
  const urlFor = (operationId: string, input: CallInput = {}) => {
    const op = operation(p, operationId);
    let server = op.serverUrl || p.baseUrl;
    if (apiBase) server = server.replace(/^https?:\/\/[^/]+/, apiBase.replace(/\/+$/, ''));
    const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(input.path?.[name] ?? 'sandbox-item'));
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(input.query ?? {})) q.set(k, String(v));
    const qs = q.toString();
    return toSandbox(base, server.replace(/\/+$/, '') + path + (qs ? `?${qs}` : ''));
  };
  const conn: Connection = {
    provider: p,
    accessToken: getPath(res.json, tr.accessToken) as string,
    refreshToken: getPath(res.json, tr.refreshToken) as string | undefined,
    tokenResponse: res.json,
    apiBase,
    urlFor,
    call(operationId, input = {}) {
      const op = operation(p, operationId);
      const headers: Record<string, string> = { authorization: `Bearer ${input.token ?? conn.accessToken}`, ...p.defaultHeaders, ...input.headers };
      let body: string | undefined;
      if (input.body !== undefined) {
        headers['content-type'] = input.form ? 'application/x-www-form-urlencoded' : 'application/json';
        body = input.form ? new URLSearchParams(input.body as Record<string, string>).toString() : JSON.stringify(input.body);
      }
      return http(urlFor(operationId, input), { method: op.method.toUpperCase(), headers, body });
    },
  };
  return conn;
}
