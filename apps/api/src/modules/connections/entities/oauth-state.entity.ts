import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CONNECT_MODES = ['connect', 'add_scopes', 'switch', 'reconnect'] as const;
export type ConnectMode = (typeof CONNECT_MODES)[number];

/**
 * One pending consent: single use, expiring, bound to app, user, provider, mode and the requested scopes. Only a
 * hash of the state value is stored, so a database reader cannot complete someone else's flow; the PKCE verifier
 * is encrypted.
 */
@Entity({ name: 'oauth_states' })
export class OAuthState {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'state_hash', type: 'varchar', length: 64, unique: true })
  stateHash!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  mode!: ConnectMode;

  @Column({ name: 'requested_scopes', type: 'simple-json' })
  requestedScopes!: string[];

  @Column({ name: 'pkce_verifier_enc', type: 'text', nullable: true })
  pkceVerifierEnc!: string | null;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 1000 })
  redirectUri!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: Date, nullable: true })
  consumedAt!: Date | null;

  /**
   * SHA-256 (hex) of the browser-binding value the browser that started the flow holds in a cookie; the callback
   * refuses the state without it. Null: a consent link handed out to be opened elsewhere (shorter lived, audited).
   */
  @Column({ name: 'binding_hash', type: 'varchar', length: 64, nullable: true })
  bindingHash!: string | null;
}
