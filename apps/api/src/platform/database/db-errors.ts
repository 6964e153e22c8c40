import { QueryFailedError } from 'typeorm';

/**
 * Whether a failed query broke a unique or primary-key constraint (PostgreSQL SQLSTATE 23505, SQLite
 * SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). Services turn it into their domain's "already exists" error when two
 * requests race past the existence check.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
