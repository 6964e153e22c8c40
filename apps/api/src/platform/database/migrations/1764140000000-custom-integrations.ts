import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/** Issue 8: custom integrations (API key / bearer / basic credentials bound to a base URL). */
export class CustomIntegrations1764140000000 implements MigrationInterface {
  name = 'CustomIntegrations1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'custom_integrations',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'base_url', type: 'varchar', length: '2000' },
          { name: 'auth_type', type: 'varchar', length: '16' },
          { name: 'auth_settings', type: 'text' },
          { name: 'secret_enc', type: 'text' },
          uuidColumn(q, 'created_by', { isNullable: true }),
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'updated_at'),
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_custom_integrations_app', columnNames: ['app_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('custom_integrations');
  }
}
