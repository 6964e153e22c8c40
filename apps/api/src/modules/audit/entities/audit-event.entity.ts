import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ACTOR_TYPES = ['user', 'api_key', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Free-form, never secret, extra facts about an event (e.g. the role given). */
export type AuditMetadata = Record<string, string | number | boolean | null>;

/**
 * Who did what, when, in which app. No foreign key to apps on purpose: the trail must survive the deletion of
 * what it describes (an `app.deleted` event outlives its app).
 */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid', nullable: true })
  appId!: string | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType!: ActorType;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  target!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  metadata!: AuditMetadata | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
