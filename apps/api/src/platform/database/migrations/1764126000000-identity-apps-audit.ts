import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/**
 * Issue 2 schema: users, sessions, apps, members, API keys, audit events. Written with the schema builder so one
 * migration serves SQLite and PostgreSQL.
 */
export class IdentityAppsAudit1764126000000 implements MigrationInterface {
  name = 'IdentityAppsAudit1764126000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          { name: 'email', type: 'varchar', length: '320', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '16' },
          timestampColumn(q, 'created_at'),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'user_id'),
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'expires_at'),
          timestampColumn(q, 'revoked_at', { isNullable: true }),
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_sessions_user', columnNames: ['user_id'] }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'apps',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text', default: "''" },
          timestampColumn(q, 'created_at'),
          uuidColumn(q, 'created_by', { isNullable: true }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'app_members',
        columns: [
          uuidColumn(q, 'app_id', { isPrimary: true }),
          uuidColumn(q, 'user_id', { isPrimary: true }),
          { name: 'role', type: 'varchar', length: '16' },
          timestampColumn(q, 'added_at'),
        ],
        foreignKeys: [
          { columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'IDX_app_members_user', columnNames: ['user_id'] }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'app_api_keys',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '64', isUnique: true },
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'last_used_at', { isNullable: true }),
          timestampColumn(q, 'revoked_at', { isNullable: true }),
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_app_api_keys_app', columnNames: ['app_id'] }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id', { isNullable: true }),
          { name: 'actor_type', type: 'varchar', length: '16' },
          { name: 'actor_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'target', type: 'varchar', length: '255', isNullable: true },
          { name: 'metadata', type: 'text', isNullable: true },
          timestampColumn(q, 'created_at'),
        ],
        indices: [{ name: 'IDX_audit_events_app_created', columnNames: ['app_id', 'created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'app_api_keys', 'app_members', 'apps', 'sessions', 'users']) {
      await q.dropTable(table);
    }
  }
}
