import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a version came to be. */
export type FunctionVersionSource = 'create' | 'plan' | 'edit' | 'chat' | 'restore';

/** One accepted change of a function's code (version 1 is the code it was created with). */
@Entity({ name: 'function_versions' })
export class FunctionVersion {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'function_id', type: 'uuid' })
  functionId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: FunctionVersionSource;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
