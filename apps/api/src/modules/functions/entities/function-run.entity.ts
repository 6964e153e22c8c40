import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RunCall, RunError, RunLog } from '@patchbay/function-runtime';

/** PostgreSQL hands a bigint back as a string: epoch milliseconds fit a JavaScript number. */
const epochMs = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What started a run: an invoke (Run now, the app's API key), an event or a schedule. */
export const RUN_TRIGGER_KINDS = ['invoke', 'event', 'schedule'] as const;
export type RunTriggerKind = (typeof RUN_TRIGGER_KINDS)[number];

/** One run of a function: what started it, how it ended, its logs and the operation calls it made. */
@Entity({ name: 'function_runs' })
export class FunctionRun {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'function_id', type: 'uuid' })
  functionId!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  /** The code version that ran. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: RunStatus;

  @Column({ name: 'trigger_kind', type: 'varchar', length: 16 })
  triggerKind!: RunTriggerKind;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType!: 'user' | 'api_key' | 'system';

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  input!: unknown;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'started_at', type: Date, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: Date, nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'simple-json', nullable: true })
  logs!: RunLog[] | null;

  @Column({ type: 'simple-json', nullable: true })
  result!: unknown;

  @Column({ type: 'simple-json', nullable: true })
  error!: RunError | null;

  @Column({ type: 'simple-json', nullable: true })
  calls!: RunCall[] | null;

  /** How many times the run was started (a retry after a transient provider failure, a run taken over from a dead process). */
  @Column({ type: 'integer', default: 0 })
  attempt!: number;

  /** Epoch ms until which the process running it holds it (renewed while it runs); past it, another may take it over. */
  @Column({ name: 'lease_until', type: 'bigint', nullable: true, transformer: epochMs })
  leaseUntil!: number | null;

  /** The schedule tick a schedule run was planned for. */
  @Column({ name: 'scheduled_at', type: Date, nullable: true })
  scheduledAt!: Date | null;
}
