// Off-loop SQLite writer (see sqlite-writer.ts): runs write statements on its own connection to the database file,
// in a worker thread, so the synchronous driver's inserts and fsyncs never pause the API's event loop.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

const db = new Database(workerData.file, { timeout: 10_000 });
db.pragma('journal_mode = WAL');
// Durable at the next checkpoint or at the next commit of the API's own connection (which syncs the whole log).
db.pragma('synchronous = NORMAL');
const statements = new Map();

parentPort.on('message', (msg) => {
  try {
    let st = statements.get(msg.sql);
    if (!st) {
      if (statements.size >= 50) statements.clear();
      st = db.prepare(msg.sql);
      statements.set(msg.sql, st);
    }
    st.run(msg.params);
    parentPort.postMessage({ id: msg.id });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err && err.message ? String(err.message) : String(err) });
  }
});
