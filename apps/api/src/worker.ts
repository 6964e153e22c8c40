import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { RUN_QUEUE, type RunQueue } from './modules/triggers/run-queue';
import { ConfigError } from './platform/config/config-error';
import { loadConfig } from './platform/config/app-config';
import { StdoutStartupPrinter } from './platform/config/startup-printer';
import { StartupDetailLogger } from './platform/logging/startup-detail-logger';

/**
 * The worker process (`npm run start:worker`, `node dist/apps/api/worker.js`): the same modules as the API (database,
 * crypto, connections, functions, triggers) without an HTTP server. It only carries out runs and schedule ticks
 * taken from the run queue, so run capacity scales apart from request capacity. With `REDIS_URL` the queue is shared
 * with every API replica (BullMQ); a job a killed worker held is handed to another process (at least once).
 */

/** Graceful stop: the run queue stops taking jobs and lets the ones in hand finish (its grace), then exit 0. */
function stopOnSignals(app: INestApplicationContext): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`Patchbay worker stopping (${signal})…\n`);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`Patchbay worker did not stop cleanly: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  let app: INestApplicationContext;
  try {
    // A worker consumes whatever the shared environment says about API replicas (`PATCHBAY_RUN_CONSUMER=false` is
    // how API replicas leave runs to workers; the compose file gives both services the same environment).
    const config = loadConfig({ ...process.env, PATCHBAY_RUN_CONSUMER: 'true' }, process.cwd());
    if (config.database.kind === 'sqlite') {
      // A second process on the SQLite file would contend with the API for it; the API carries out runs itself.
      process.stderr.write('Patchbay worker needs PostgreSQL (DATABASE_URL): SQLite serves one process, and the API carries out runs itself\n');
      process.exit(1);
    }
    app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, printer: new StdoutStartupPrinter() }), {
      // logger:false until pino takes over: a failed start must end in one clear line, not Nest's console noise.
      logger: false,
      abortOnError: false,
    });
    app.useLogger(new StartupDetailLogger(app.get(Logger)));
    await app.init();
  } catch (err) {
    const message = err instanceof ConfigError ? err.message : `Patchbay worker failed to start: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(message + '\n');
    process.exit(1);
  }
  stopOnSignals(app);
  let queue: RunQueue;
  try {
    queue = app.get<RunQueue>(RUN_QUEUE, { strict: false });
  } catch {
    process.stderr.write('Patchbay worker failed to start: no run queue in this build (triggers module missing)\n');
    await app.close().catch(() => undefined);
    process.exit(1);
  }
  process.stdout.write(`Patchbay worker consuming runs (${queue.engine} engine)\n`);
}

void main();
