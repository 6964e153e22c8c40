import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * The few column types whose best name differs between the two engines. Everything else in the migrations is
 * plain varchar/text, which both understand.
 */
function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}

/** A uuid column: native `uuid` on PostgreSQL, `varchar(36)` on SQLite. */
export function uuidColumn(queryRunner: QueryRunner, name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return isPostgres(queryRunner) ? { name, type: 'uuid', ...extra } : { name, type: 'varchar', length: '36', ...extra };
}

/** A point in time: `timestamptz` on PostgreSQL, `datetime` (UTC text, as TypeORM writes it) on SQLite. */
export function timestampColumn(queryRunner: QueryRunner, name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: isPostgres(queryRunner) ? 'timestamptz' : 'datetime', ...extra };
}
