import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { App } from '../../apps/entities/app.entity';
import type { AppRoleName } from '../../apps/entities/app-member.entity';
import { User, type UserRole } from './user.entity';

export const INVITATION_KINDS = ['invite', 'reset'] as const;
/** `invite`: creates an account (or adds an existing one to the app); `reset`: sets a new password for `userId`. */
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/**
 * A single-use link (invitation or password reset). Only the sha256 of its token is stored: the link is shown once,
 * to whoever created it, and can never be listed again.
 */
@Entity({ name: 'invitations' })
export class Invitation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: InvitationKind;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** The app the invitation adds its user to (null: an instance invitation, or a reset). */
  @Column({ name: 'app_id', type: 'uuid', nullable: true })
  appId!: string | null;

  @ManyToOne(() => App, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: App | null;

  @Column({ name: 'app_role', type: 'varchar', length: 16, nullable: true })
  appRole!: AppRoleName | null;

  /** Instance role of the account an invitation creates. */
  @Column({ name: 'instance_role', type: 'varchar', length: 16, nullable: true })
  instanceRole!: UserRole | null;

  /** The account a reset link is for. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  /** Who created it; kept if that user is deleted (no foreign key on purpose). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;
}
