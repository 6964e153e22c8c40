import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, LessThan, Repository } from 'typeorm';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { BIND_ON_OPEN, bindingMatches } from './browser-binding';
import type { CallbackFailure } from './connections.exception';
import { OAuthState, type ConnectMode } from './entities/oauth-state.entity';

/** A consent must finish within ten minutes (DESIGN.md §4). */
export const STATE_TTL_MS = 10 * 60 * 1000;

export interface NewState {
  appId: string;
  userId: string;
  provider: string;
  mode: ConnectMode;
  requestedScopes: string[];
  pkceVerifier?: string;
  redirectUri: string;
  /** Hash of the browser-binding cookie (see browser-binding.ts); absent for a link meant for another browser. */
  bindingHash?: string;
  /** Shorter than {@link STATE_TTL_MS} for a shared consent link. */
  ttlMs?: number;
}

export interface ConsumedState {
  row: OAuthState;
  pkceVerifier?: string;
  /** The OpenID nonce this flow's authorization request carried (see {@link nonceFor}). */
  nonce: string;
}

export class StateRejected extends Error {
  constructor(
    readonly reason: Extract<CallbackFailure, 'state_invalid' | 'state_expired' | 'state_used' | 'browser_mismatch'>,
    /** Known when the state existed (expired/used): lets the callback send the user back to the right app. */
    readonly row?: OAuthState,
  ) {
    super(reason);
  }
}

export function hashState(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

/**
 * The OpenID nonce of a flow, derived from its state: the state is secret, random and single use, so the nonce is
 * too, and nothing more needs storing (the row keeps only the state's hash, a different digest).
 */
export function nonceFor(state: string): string {
  return createHash('sha256').update(`patchbay-oidc-nonce:${state}`).digest('base64url');
}

/** Single-use, expiring OAuth state rows. Only the hash of a state is stored. */
@Injectable()
export class OAuthStateService {
  constructor(
    @InjectRepository(OAuthState) private readonly repo: Repository<OAuthState>,
    private readonly cipher: TokenCipher,
  ) {}

  async create(input: NewState): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.repo.insert(
      Object.assign(new OAuthState(), {
        id: randomUUID(),
        stateHash: hashState(state),
        appId: input.appId,
        provider: input.provider,
        userId: input.userId,
        mode: input.mode,
        requestedScopes: input.requestedScopes,
        pkceVerifierEnc: input.pkceVerifier ? this.cipher.encrypt(input.pkceVerifier) : null,
        redirectUri: input.redirectUri,
        createdAt: now,
        expiresAt: new Date(now.getTime() + (input.ttlMs ?? STATE_TTL_MS)),
        consumedAt: null,
        bindingHash: input.bindingHash ?? null,
      }),
    );
    // Housekeeping: long-expired states are useless; keep the table small.
    await this.repo.delete({ expiresAt: LessThan(new Date(now.getTime() - 24 * 3600 * 1000)) });
    return state;
  }

  /**
   * Binds a flow handed out as a link to the browser that opens it first (see BIND_ON_OPEN); that browser may open it
   * again (`again`: it holds the cookie already). Undefined when the state is unknown, spent, expired, or already
   * opened in another browser.
   */
  async bindOnOpen(state: string, bindingHash: string, cookieHeader?: string): Promise<{ ttlMs: number; again: boolean } | undefined> {
    const row = await this.repo.findOne({ where: { stateHash: hashState(state) } });
    if (!row || row.consumedAt || row.expiresAt.getTime() <= Date.now() || !row.bindingHash) return undefined;
    const ttlMs = row.expiresAt.getTime() - Date.now();
    if (row.bindingHash !== BIND_ON_OPEN) return bindingMatches(cookieHeader, state, row.bindingHash) ? { ttlMs, again: true } : undefined;
    const result = await this.repo.update({ id: row.id, bindingHash: BIND_ON_OPEN, consumedAt: IsNull() }, { bindingHash });
    return result.affected === 1 ? { ttlMs, again: false } : undefined;
  }

  /** Re-encrypts pending PKCE verifiers under the current key (key rotation); returns how many changed. */
  async reencryptAll(): Promise<number> {
    let changed = 0;
    for (const row of await this.repo.find({ where: { consumedAt: IsNull() } })) {
      if (!row.pkceVerifierEnc || this.cipher.isCurrent(row.pkceVerifierEnc)) continue;
      await this.repo.update({ id: row.id }, { pkceVerifierEnc: this.cipher.reencrypt(row.pkceVerifierEnc) });
      changed++;
    }
    return changed;
  }

  /** Reads a state without consuming it (to route the callback to its provider's strategy). */
  async peek(state: string): Promise<OAuthState | null> {
    if (!state || state.length > 200) return null;
    return this.repo.findOne({ where: { stateHash: hashState(state) } });
  }

  /**
   * Consumes a state exactly once (an atomic conditional update, so two concurrent callbacks cannot both win).
   * Expired states are consumed too, then rejected.
   */
  private readonly consumedListeners: Array<(row: OAuthState) => void> = [];

  /** Called in this process whenever a state is used up (whatever the flow's outcome). */
  onConsumed(listener: (row: OAuthState) => void): void {
    this.consumedListeners.push(listener);
  }

  /**
   * `cookieHeader`: the callback request's cookies. A state bound to a browser is refused without its binding —
   * after it was consumed, so a refused attempt also spends it (the flow must start again from Patchbay).
   */
  async consume(state: string | undefined, cookieHeader?: string): Promise<ConsumedState> {
    if (!state || state.length > 200) throw new StateRejected('state_invalid');
    const stateHash = hashState(state);
    const row = await this.repo.findOne({ where: { stateHash } });
    if (!row) throw new StateRejected('state_invalid');
    if (row.consumedAt) throw new StateRejected('state_used', row);
    const result = await this.repo.update({ id: row.id, consumedAt: IsNull() }, { consumedAt: new Date() });
    if (result.affected !== 1) throw new StateRejected('state_used', row);
    for (const listener of this.consumedListeners) listener(row);
    if (row.expiresAt.getTime() < Date.now()) throw new StateRejected('state_expired', row);
    if (row.bindingHash && !bindingMatches(cookieHeader, state, row.bindingHash)) throw new StateRejected('browser_mismatch', row);
    return { row, pkceVerifier: row.pkceVerifierEnc ? this.cipher.decrypt(row.pkceVerifierEnc) : undefined, nonce: nonceFor(state) };
  }
}
