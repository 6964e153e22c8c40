import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer application: the tenant that owns connections, functions and API keys. */
@Entity({ name: 'apps' })
export class App {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** User id of the creator; kept even if that user is deleted later (no foreign key on purpose). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
