import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Issue 17: an OAuth flow started in a browser is bound to it. The state row keeps the SHA-256 of a random value
 * that only that browser holds (an HttpOnly cookie); the callback refuses the state without it, so a code from one
 * consent cannot be paired with another flow's state. Null: a consent link meant to be opened elsewhere.
 */
export class OAuthStateBinding1764180000000 implements MigrationInterface {
  name = 'OAuthStateBinding1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('oauth_states', new TableColumn({ name: 'binding_hash', type: 'varchar', length: '64', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('oauth_states', 'binding_hash');
  }
}
