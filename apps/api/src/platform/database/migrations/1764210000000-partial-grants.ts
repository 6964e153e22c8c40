import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Issue 18: providers with per-scope consent (Google's checkboxes) may grant fewer scopes than asked. A connection
 * keeps every scope its consents asked for next to what was granted, so the difference (permissions not granted, and
 * the operations that need them) can be shown and asked for again. Null on rows from before: nothing is known missing.
 */
export class PartialGrants1764210000000 implements MigrationInterface {
  name = 'PartialGrants1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('connections', new TableColumn({ name: 'requested_scopes', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('connections', 'requested_scopes');
  }
}
