import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event posted with an `Idempotency-Key`: the runs it started. The key is unique per app (the primary key), so a
 * retried post — even one racing the first — finds these runs instead of starting new ones, for 24 hours.
 */
@Entity({ name: 'event_idempotency_keys' })
export class EventIdempotencyKey {
  @PrimaryColumn({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ name: 'run_ids', type: 'simple-json' })
  runIds!: string[];

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
