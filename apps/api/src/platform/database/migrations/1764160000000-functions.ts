import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/** Issue 15: backend functions, every accepted change of their code, and their runs. */
export class Functions1764160000000 implements MigrationInterface {
  name = 'Functions1764160000000';

  async up(q: QueryRunner): Promise<void> {
    const appFk = { columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' };
    const functionFk = { columnNames: ['function_id'], referencedTableName: 'functions', referencedColumnNames: ['id'], onDelete: 'CASCADE' };
    await q.createTable(
      new Table({
        name: 'functions',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'trigger', type: 'text' },
          { name: 'code', type: 'text' },
          { name: 'version', type: 'integer' },
          { name: 'enabled', type: 'boolean', default: true },
          uuidColumn(q, 'created_by', { isNullable: true }),
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'updated_at'),
        ],
        foreignKeys: [appFk],
        indices: [{ name: 'IDX_functions_app', columnNames: ['app_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'function_versions',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'function_id'),
          { name: 'number', type: 'integer' },
          { name: 'code', type: 'text' },
          { name: 'source', type: 'varchar', length: '16' },
          uuidColumn(q, 'created_by', { isNullable: true }),
          timestampColumn(q, 'created_at'),
        ],
        foreignKeys: [functionFk],
        uniques: [{ name: 'UQ_function_versions_number', columnNames: ['function_id', 'number'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'function_runs',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'function_id'),
          uuidColumn(q, 'app_id'),
          { name: 'version', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'trigger_kind', type: 'varchar', length: '16' },
          { name: 'actor_type', type: 'varchar', length: '16' },
          { name: 'actor_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'input', type: 'text', isNullable: true },
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'started_at', { isNullable: true }),
          timestampColumn(q, 'finished_at', { isNullable: true }),
          { name: 'duration_ms', type: 'integer', isNullable: true },
          { name: 'logs', type: 'text', isNullable: true },
          { name: 'result', type: 'text', isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
          { name: 'calls', type: 'text', isNullable: true },
        ],
        foreignKeys: [functionFk],
        indices: [{ name: 'IDX_function_runs_function_created', columnNames: ['function_id', 'created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('function_runs');
    await q.dropTable('function_versions');
    await q.dropTable('functions');
  }
}
