import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { OAuthError } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { AuditService } from '../audit/audit.service';
import { OAuthClients } from './oauth-clients';

/** Why a grant Patchbay held is given back to the provider. */
export type GrantRevokeReason = 'reconnect' | 'switch' | 'add_scopes' | 'concurrent_connect' | 'account_mismatch' | 'app_deleted';

export interface GrantToRevoke {
  appId: string;
  provider: ProviderModel;
  /** The account label, for the audit trail (never a token). */
  account?: string;
  reason: GrantRevokeReason;
  tokens: { accessToken?: string; refreshToken?: string };
  /** Set when the stored tokens could not be read (e.g. `tampered`: a wrong encryption key): nothing to send, but it is said. */
  unusable?: string;
}

/** Attempts per grant, and the wait before the second and third (bounded: a provider that is down is not hammered). */
export const REVOKE_ATTEMPTS = 3;
export const REVOKE_BACKOFF_MS = [500, 2_000] as const;

/**
 * Gives back grants Patchbay replaced or no longer keeps (a reconnect, a switch, more permissions, a concurrent
 * connect that lost, a deleted app). A live grant nobody uses is a credential lying around at the provider, so it is
 * revoked — but after the user's answer, never in its way: in the background, with a few retries, and the end of it
 * is in the audit trail (revoked, failed, or the provider's spec has no revocation endpoint).
 */
@Injectable()
export class GrantRevoker implements BeforeApplicationShutdown {
  private readonly logger = new Logger('GrantRevoker');
  private readonly pending = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly clients: OAuthClients,
    private readonly audit: AuditService,
  ) {}

  /** Starts revoking in the background; returns at once. */
  schedule(grant: GrantToRevoke): void {
    if (!grant.unusable && !grant.tokens.accessToken && !grant.tokens.refreshToken) return;
    const p = this.run(grant).catch((err) => this.logger.error(`Revocation bookkeeping failed: ${err instanceof Error ? err.message : String(err)}`));
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Tests and shutdown: wait for every scheduled revocation to end. */
  async settle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Shutdown skips the remaining backoff waits (one last attempt each) so that the audit still reaches the database. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.settle();
  }

  private async run(g: GrantToRevoke): Promise<void> {
    if (g.unusable) {
      this.logger.error(`A replaced ${g.provider.id} grant cannot be revoked: its stored tokens are unreadable (${g.unusable})`);
      return this.record(g, 'connection.grant_revoke_failed', { revocation: 'failed', revokeError: g.unusable });
    }
    let lastError = 'error';
    for (let attempt = 1; attempt <= REVOKE_ATTEMPTS; attempt++) {
      try {
        const supported = await (await this.clients.for(g.provider)).revoke(g.tokens);
        await this.record(g, supported ? 'connection.grant_revoked' : 'connection.grant_not_revoked', {
          revocation: supported ? 'revoked' : 'not_supported',
          ...(supported ? { attempts: attempt } : { why: 'the provider spec has no revocation endpoint' }),
        });
        return;
      } catch (err) {
        lastError = err instanceof OAuthError ? err.code : 'error';
        this.logger.warn(`Revoking a replaced ${g.provider.id} grant failed (attempt ${attempt}/${REVOKE_ATTEMPTS}): ${lastError}`);
        if (attempt === REVOKE_ATTEMPTS || this.closing) break;
        await new Promise((r) => setTimeout(r, REVOKE_BACKOFF_MS[attempt - 1] ?? REVOKE_BACKOFF_MS[REVOKE_BACKOFF_MS.length - 1]));
      }
    }
    this.logger.error(`Gave up revoking a replaced ${g.provider.id} grant (${g.reason}): ${lastError}`);
    await this.record(g, 'connection.grant_revoke_failed', { revocation: 'failed', revokeError: lastError });
  }

  private record(g: GrantToRevoke, action: string, metadata: Record<string, string | number>): Promise<void> {
    return this.audit.record({
      appId: g.appId,
      actor: 'system',
      action,
      target: g.provider.id,
      metadata: { reason: g.reason, ...(g.account ? { account: g.account } : {}), ...metadata },
    });
  }
}
