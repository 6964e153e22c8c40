import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Runs write statements against the SQLite database file from a worker thread with its own connection. The API's
 * SQLite driver is synchronous, so a batch insert (and the fsync that commits it) would otherwise stop every request
 * in flight for its whole duration; WAL mode lets the two connections share the file (readers never wait, the
 * worker's short writes take the write lock in turn with the API's).
 */
export class SqliteBackgroundWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(file: string) {
    this.worker = new Worker(join(__dirname, 'sqlite-writer.worker.cjs'), { workerData: { file } });
    this.worker.unref();
    this.worker.on('message', (msg: { id: number; error?: string }) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(msg.error));
      else w.resolve();
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the SQLite writer thread stopped (exit ${code})`)));
  }

  /** Resolves once the statement is committed. */
  run(sql: string, params: unknown[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql, params });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
