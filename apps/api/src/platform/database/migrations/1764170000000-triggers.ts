import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/**
 * Issue 16: triggers and runs. A run is queued before it runs (attempt count, a lease while a process holds it, the
 * tick it was planned for); the embedded queue keeps its jobs and the functions' schedules in the database (times in
 * epoch milliseconds: compared in SQL on both engines without time-zone or text-format questions); an event posted
 * with an Idempotency-Key remembers the runs it started.
 */
export class Triggers1764170000000 implements MigrationInterface {
  name = 'Triggers1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('function_runs', [
      new TableColumn({ name: 'attempt', type: 'integer', default: 0 }),
      new TableColumn({ name: 'lease_until', type: 'bigint', isNullable: true }),
      new TableColumn(timestampColumn(q, 'scheduled_at', { isNullable: true })),
    ]);
    // Queued runs by age: the dispatcher's sweep for runs whose job was never queued (a process stopped in between).
    await q.createIndex('function_runs', new TableIndex({ name: 'IDX_function_runs_status_created', columnNames: ['status', 'created_at'] }));
    await q.createTable(
      new Table({
        name: 'run_jobs',
        columns: [
          // `run:<run id>` or `tick:<function id>:<tick ms>`: queuing the same job twice is one row.
          { name: 'id', type: 'varchar', length: '120', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '8' },
          uuidColumn(q, 'app_id'),
          { name: 'payload', type: 'text' },
          { name: 'available_at', type: 'bigint' },
          { name: 'lease_until', type: 'bigint', isNullable: true },
          { name: 'lease_owner', type: 'varchar', length: '64', isNullable: true },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'errors', type: 'integer', default: 0 },
          { name: 'created_at', type: 'bigint' },
        ],
        indices: [{ name: 'IDX_run_jobs_available', columnNames: ['available_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'function_schedules',
        columns: [
          uuidColumn(q, 'function_id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          { name: 'cron', type: 'varchar', length: '120' },
          { name: 'timezone', type: 'varchar', length: '64' },
          { name: 'next_run_at', type: 'bigint' },
          { name: 'updated_at', type: 'bigint' },
        ],
        foreignKeys: [{ columnNames: ['function_id'], referencedTableName: 'functions', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_function_schedules_next', columnNames: ['next_run_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'event_idempotency_keys',
        columns: [
          uuidColumn(q, 'app_id', { isPrimary: true }),
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'run_ids', type: 'text' },
          timestampColumn(q, 'created_at'),
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_event_idempotency_keys_created', columnNames: ['created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('event_idempotency_keys');
    await q.dropTable('function_schedules');
    await q.dropTable('run_jobs');
    await q.dropIndex('function_runs', 'IDX_function_runs_status_created');
    await q.dropColumns('function_runs', ['attempt', 'lease_until', 'scheduled_at']);
  }
}
