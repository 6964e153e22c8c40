import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn, uuidColumn } from './column-types';

/** Issue 14: the chat thread of each app (requests and the planner's answers with their plans). */
export class Chat1764150000000 implements MigrationInterface {
  name = 'Chat1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'chat_messages',
        columns: [
          uuidColumn(q, 'id', { isPrimary: true }),
          uuidColumn(q, 'app_id'),
          uuidColumn(q, 'user_id', { isNullable: true }),
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'content', type: 'text' },
          { name: 'function_id', type: 'varchar', length: '100', isNullable: true },
          { name: 'answer', type: 'text', isNullable: true },
          timestampColumn(q, 'created_at'),
        ],
        foreignKeys: [{ columnNames: ['app_id'], referencedTableName: 'apps', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'IDX_chat_messages_app_created', columnNames: ['app_id', 'created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('chat_messages');
  }
}
