import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Locks one row for the rest of the transaction so concurrent read-check-write sequences on it run one after the
 * other (e.g. two owners demoting each other). PostgreSQL needs `SELECT … FOR UPDATE`; SQLite has a single writer
 * and TypeORM runs its transactions one at a time, so there is nothing to do there (and no lock syntax).
 */
export async function lockRow<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, id: string): Promise<void> {
  if (m.connection.driver.options.type !== 'postgres') return;
  await m.getRepository(entity).createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne();
}
