import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/** Issue 5 schema: provider OAuth clients, pending consents (state), connections with encrypted tokens. */
export class ProvidersConnections1764130000000 implements MigrationInterface {
  name = 'ProvidersConnections1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'provider_credentials',
        columns: [
          { name: 'auth_group', type: 'varchar', length: '100', isPrimary: true },
          { name: 'client_id', type: 'varchar', length: '500' },
          { name: 'client_secret_enc', type: 'text' },
          timestampColumn(q, 'updated_at'),
          { name: 'updated_by', type: 'varchar', length: '36', isNullable: true },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'oauth_states',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          { name: 'state_hash', type: 'varchar', length: '64', isUnique: true },
          uuidColumn(q, 'app_id'),
          { name: 'provider', type: 'varchar', length: '100' },
          uuidColumn(q, 'user_id'),
          { name: 'mode', type: 'varchar', length: '16' },
          { name: 'requested_scopes', type: 'text' },
          { name: 'pkce_verifier_enc', type: 'text', isNullable: true },
          { name: 'redirect_uri', type: 'varchar', length: '1000' },
          timestampColumn(q, 'created_at'),
          timestampColumn(q, 'expires_at'),
          timestampColumn(q, 'consumed_at', { isNullable: true }),
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_oauth_states_expires', columnNames: ['expires_at'] }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'connections',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          { name: 'provider', type: 'varchar', length: '100' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'account_id', type: 'varchar', length: '255' },
          { name: 'account_label', type: 'varchar', length: '255' },
          { name: 'granted_scopes', type: 'text' },
          { name: 'access_token_enc', type: 'text' },
          { name: 'refresh_token_enc', type: 'text', isNullable: true },
          timestampColumn(q, 'expires_at', { isNullable: true }),
          { name: 'metadata', type: 'text' },
          uuidColumn(q, 'connected_by', { isNullable: true }),
          timestampColumn(q, 'connected_at'),
          timestampColumn(q, 'last_refreshed_at', { isNullable: true }),
          { name: 'last_error', type: 'varchar', length: '255', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        uniques: [{ name: 'UQ_connections_app_provider', columnNames: ['app_id', 'provider'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('connections');
    await q.dropTable('oauth_states');
    await q.dropTable('provider_credentials');
  }
}
