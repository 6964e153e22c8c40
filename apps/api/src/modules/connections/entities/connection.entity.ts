import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { App } from '../../apps/entities/app.entity';

export const CONNECTION_STATUSES = ['active', 'needs_reconnect'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/**
 * One authorized account of one provider for one app (unique per app × provider), shared by the app's editors.
 * Tokens are only ever stored encrypted; `version` increases on every token change so concurrent refreshers can
 * tell that someone else already refreshed.
 */
@Entity({ name: 'connections' })
export class Connection {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => App, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: App;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: ConnectionStatus;

  @Column({ name: 'account_id', type: 'varchar', length: 255 })
  accountId!: string;

  @Column({ name: 'account_label', type: 'varchar', length: 255 })
  accountLabel!: string;

  @Column({ name: 'granted_scopes', type: 'simple-json' })
  grantedScopes!: string[];

  /**
   * Every scope this connection's consents asked for (union over connect, more permissions, reconnect, switch); a
   * provider with per-scope consent may have granted fewer. Null on connections made before this was kept.
   */
  @Column({ name: 'requested_scopes', type: 'simple-json', nullable: true })
  requestedScopes!: string[] | null;

  @Column({ name: 'access_token_enc', type: 'text' })
  accessTokenEnc!: string;

  @Column({ name: 'refresh_token_enc', type: 'text', nullable: true })
  refreshTokenEnc!: string | null;

  @Column({ name: 'expires_at', type: Date, nullable: true })
  expiresAt!: Date | null;

  /** Non-secret values kept from the token response (e.g. the per-account API host). */
  @Column({ type: 'simple-json' })
  metadata!: Record<string, string>;

  @Column({ name: 'connected_by', type: 'uuid', nullable: true })
  connectedBy!: string | null;

  @Column({ name: 'connected_at', type: Date })
  connectedAt!: Date;

  @Column({ name: 'last_refreshed_at', type: Date, nullable: true })
  lastRefreshedAt!: Date | null;

  /** Why the connection needs a reconnect (provider error code), never a token. */
  @Column({ name: 'last_error', type: 'varchar', length: 255, nullable: true })
  lastError!: string | null;

  @Column({ type: 'integer' })
  version!: number;
}
