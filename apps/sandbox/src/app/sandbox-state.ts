import { randomBytes } from 'node:crypto';

/** Everything the sandbox remembers. In memory only; `reset()` forgets it all. */

export interface AuthCode {
  code: string;
  groupId: string;
  clientId: string;
  redirectUri: string;
  accountIndex: number;
  scopes: string[];
  codeChallenge?: string;
  codeChallengeMethod?: string;
  expiresAt: number;
  used: boolean;
}

export interface Grant {
  id: string;
  groupId: string;
  clientId: string;
  accountIndex: number;
  scopes: string[];
  createdAt: number;
  revoked: boolean;
  /** The one refresh token that currently works (rotating providers replace it). */
  refreshToken?: string;
  /** Refresh tokens that were rotated out: presenting one is invalid_grant. */
  retiredRefreshTokens: string[];
}

export interface AccessToken {
  token: string;
  grantId: string;
  expiresAt: number;
  revoked: boolean;
}

export type FaultKind = '5xx' | '429' | 'rateLimit' | 'delay' | 'drop';
export type EndpointName = 'authorize' | 'token' | 'refresh' | 'revoke' | 'identity';

export interface Fault {
  id: number;
  kind: FaultKind;
  /** operationId, or an OAuth endpoint name. */
  operationId?: string;
  endpoint?: EndpointName;
  /** Restrict to one provider (for operation ids shared by several specs) or one auth group (endpoints). */
  provider?: string;
  remaining: number;
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  code?: string;
}

export interface Counters {
  authorizations: number;
  tokenExchanges: number;
  refreshes: number;
  revocations: number;
  identityCalls: number;
  refreshesByGrant: Record<string, number>;
  /** `<providerId>:<operationId>` → calls (including rejected ones). */
  operations: Record<string, number>;
  faultsServed: number;
}

function emptyCounters(): Counters {
  return {
    authorizations: 0,
    tokenExchanges: 0,
    refreshes: 0,
    revocations: 0,
    identityCalls: 0,
    refreshesByGrant: {},
    operations: {},
    faultsServed: 0,
  };
}

/** Items of one collection, keyed by concrete path (`/calendars/primary/events`). */
export interface Collection {
  items: Record<string, unknown>[];
  idField: string;
  /** Schema of the id field (format/pattern/length) new ids are made to satisfy. */
  idSchema?: Record<string, unknown>;
  nextSeq: number;
}

export class SandboxState {
  clients = new Map<string, string>();
  /**
   * Credential connectors (API key, bearer token, basic): `<providerId>` → accepted credential (`apiKey:<k>`,
   * `bearer:<t>`, `basic:<user>:<password>`) → the account it belongs to (1-based). Registered through the control API.
   */
  credentials = new Map<string, Map<string, number>>();
  codes = new Map<string, AuthCode>();
  grants = new Map<string, Grant>();
  accessTokens = new Map<string, AccessToken>();
  refreshTokens = new Map<string, string>(); // refresh token → grant id (current and retired)
  faults: Fault[] = [];
  counters: Counters = emptyCounters();
  /** `<providerId>|<accountId>` → collection key → collection. */
  stores = new Map<string, Map<string, Collection>>();
  /** Cached RPC-style responses per account (a user-info call answers the same twice). */
  singletons = new Map<string, unknown>();
  /** Added to Date.now(): lets tests move time forward (code expiry, token expiry). */
  clockOffsetMs = 0;
  private nextFaultId = 1;
  private grantSeq = 0;

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  reset(): void {
    this.clients.clear();
    this.credentials.clear();
    this.codes.clear();
    this.grants.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.faults = [];
    this.counters = emptyCounters();
    this.stores.clear();
    this.singletons.clear();
    this.clockOffsetMs = 0;
  }

  /** Secrets: registered ones win; otherwise the documented rule `secret-<clientId>`. */
  secretFor(clientId: string): string {
    return this.clients.get(clientId) ?? `secret-${clientId}`;
  }

  newToken(prefix: string): string {
    return `${prefix}-${randomBytes(18).toString('base64url')}`;
  }

  newGrantId(): string {
    this.grantSeq++;
    return `grant-${this.grantSeq}-${randomBytes(4).toString('hex')}`;
  }

  addFault(f: Omit<Fault, 'id'>): Fault {
    const fault = { ...f, id: this.nextFaultId++ };
    this.faults.push(fault);
    return fault;
  }

  /** Consumes one matching fault, if any. Cheap when no faults are armed (the common, fast path). */
  takeFault(match: { operationId?: string; endpoint?: EndpointName; providerId?: string; groupId?: string }): Fault | undefined {
    if (this.faults.length === 0) return undefined;
    const i = this.faults.findIndex((f) => {
      if (f.remaining <= 0) return false;
      if (f.operationId !== undefined ? f.operationId !== match.operationId : f.endpoint !== match.endpoint) return false;
      if (f.provider && f.provider !== match.providerId && f.provider !== match.groupId) return false;
      return true;
    });
    if (i < 0) return undefined;
    const f = this.faults[i];
    f.remaining--;
    if (f.remaining <= 0) this.faults.splice(i, 1);
    this.counters.faultsServed++;
    return f;
  }

  countOperation(providerId: string, operationId: string): void {
    const key = `${providerId}:${operationId}`;
    this.counters.operations[key] = (this.counters.operations[key] ?? 0) + 1;
  }

  revokeGrant(grantId: string): boolean {
    const grant = this.grants.get(grantId);
    if (!grant) return false;
    grant.revoked = true;
    for (const at of this.accessTokens.values()) if (at.grantId === grantId) at.revoked = true;
    return true;
  }
}
