import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/**
 * Issue 19 (people): users can be disabled; invitations and password-reset links (one table: single-use links whose
 * token is stored as a sha256 only); app API keys remember who created them, so a disabled user's keys stop working.
 */
export class People1764190000000 implements MigrationInterface {
  name = 'People1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(timestampColumn(q, 'disabled_at', { isNullable: true })));
    await q.addColumn('app_api_keys', new TableColumn(uuidColumn(q, 'created_by', { isNullable: true })));
    await q.createTable(
      new Table({
        name: 'invitations',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'email', type: 'varchar', length: '320' },
          uuidColumn(q, 'app_id', { isNullable: true }),
          { name: 'app_role', type: 'varchar', length: '16', isNullable: true },
          { name: 'instance_role', type: 'varchar', length: '16', isNullable: true },
          uuidColumn(q, 'user_id', { isNullable: true }),
          uuidColumn(q, 'created_by', { isNullable: true }),
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'expires_at'),
          timestampColumn(q, 'accepted_at', { isNullable: true }),
          timestampColumn(q, 'revoked_at', { isNullable: true }),
        ],
        foreignKeys: [
          { columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          { name: 'IDX_invitations_app', columnNames: ['app_id'] },
          { name: 'IDX_invitations_user', columnNames: ['user_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('invitations');
    await q.dropColumn('app_api_keys', 'created_by');
    await q.dropColumn('users', 'disabled_at');
  }
}
