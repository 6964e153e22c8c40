import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What starts a function, as its code declares it (read from the syntax tree on every accepted change). */
export interface FunctionTriggerValue {
  type: 'event' | 'schedule' | 'http';
  event?: string;
  cron?: string;
  timezone?: string;
  description?: string;
}

/** A backend function of an app: its current code and version. Every accepted change is also a FunctionVersion. */
@Entity({ name: 'functions' })
export class FunctionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'simple-json' })
  trigger!: FunctionTriggerValue;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
