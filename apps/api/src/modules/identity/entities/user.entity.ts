import { Column, Entity, PrimaryColumn } from 'typeorm';

export const USER_ROLES = ['admin', 'user'] as const;
/** Instance-wide role: `admin` manages users and passes every app check. */
export type UserRole = (typeof USER_ROLES)[number];

@Entity({ name: 'users' })
export class User {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Always stored lower-cased so lookups and the unique index are case-insensitive. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

  // `Date` (not a type name) lets each driver pick its own timestamp type (datetime / timestamp).
  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** Set while the account is disabled: it cannot sign in, and its sessions and API keys are refused. */
  @Column({ name: 'disabled_at', type: Date, nullable: true })
  disabledAt!: Date | null;
}
