import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { immediateSqliteTransactions } from './database.module';

/** The slice of better-sqlite3's connection this test uses (the package ships no types here). */
interface Db {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  pragma(statement: string): unknown;
  close(): void;
}
const openDb = (file: string, timeout: number): Db =>
  new (BetterSqlite3 as unknown as new (f: string, o: { timeout: number }) => Db)(file, { timeout });

/**
 * The API's SQLite connection shares the file with the background writer thread's connection. A deferred transaction
 * that reads, then writes after the other connection committed, fails at once with SQLITE_BUSY (its read snapshot is
 * stale; no busy wait helps). Transactions on the API's connection therefore take the write lock when they begin.
 */
describe('SQLite transactions beside a second writer', () => {
  let dir: string;
  let ds: DataSource;
  let other: Db;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'patchbay-sqlite-'));
    const file = join(dir, 'db.sqlite');
    ds = new DataSource({ type: 'better-sqlite3', database: file, enableWAL: true, driver: BetterSqlite3 });
    await ds.initialize();
    await ds.query('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    await ds.query(`INSERT INTO t (k, v) VALUES ('a', 1)`);
    other = openDb(file, 5_000);
    other.pragma('journal_mode = WAL');
  });

  afterEach(async () => {
    other.close();
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const readThenWrite = () =>
    ds.transaction(async (m) => {
      await m.query(`SELECT v FROM t WHERE k = 'a'`);
      // The other connection commits between this transaction's read and its write.
      other.prepare(`INSERT INTO t (k, v) VALUES (?, 2)`).run(`b${Date.now()}${Math.random()}`);
      await m.query(`UPDATE t SET v = v + 1 WHERE k = 'a'`);
    });

  it('fails without the fix: a deferred transaction meets a stale snapshot (documents why the fix exists)', async () => {
    await expect(readThenWrite()).rejects.toThrow(/locked|busy/i);
  });

  it('commits once transactions begin immediately: the other connection waits for the lock instead', async () => {
    immediateSqliteTransactions(ds);
    const impatient = openDb(join(dir, 'db.sqlite'), 0);
    try {
      await ds.transaction(async (m) => {
        await m.query(`SELECT v FROM t WHERE k = 'a'`);
        // The write lock is this transaction's from its first statement: the other connection cannot commit in between.
        expect(() => impatient.prepare(`INSERT INTO t (k, v) VALUES ('c', 3)`).run()).toThrow(/locked|busy/i);
        await m.query(`UPDATE t SET v = v + 1 WHERE k = 'a'`);
      });
    } finally {
      impatient.close();
    }
    other.prepare(`INSERT INTO t (k, v) VALUES ('c', 3)`).run();
    expect(await ds.query(`SELECT v FROM t WHERE k = 'a'`)).toEqual([{ v: 2 }]);
  });
});
