import type { INestApplication } from '@nestjs/common';
import { createApp, CreatedApp } from './bootstrap';
import { ConfigError } from './platform/config/config-error';
import { reencryptEverything } from './reencrypt.command';

/**
 * Graceful stop on SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, run the modules'
 * shutdown hooks (the database connection closes), then exit 0. A second signal exits at once.
 */
function stopOnSignals(app: INestApplication): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`Patchbay API stopping (${signal})…\n`);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`Patchbay API did not stop cleanly: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  let created: CreatedApp;
  try {
    created = await createApp();
  } catch (err) {
    // One clear line, no stack: a configuration or database problem the operator must fix.
    const message = err instanceof ConfigError ? err.message : `Patchbay API failed to start: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(message + '\n');
    process.exit(1);
  }
  const { app, config } = created;
  if (process.argv[2] === 'reencrypt') {
    // `node dist/apps/api/main.js reencrypt`: key rotation, then exit (nothing listens).
    const report = await reencryptEverything(app);
    process.stdout.write(
      `Re-encrypted under key ${report.keyId}: ${report.connections} connection(s), ${report.providerCredentials} provider credential(s), ${report.pendingConsents} pending consent(s), ${report.customIntegrations} custom integration(s)\n`,
    );
    await app.close();
    process.exit(0);
  }
  stopOnSignals(app);
  await app.listen(config.port, config.host);
  process.stdout.write(`Patchbay API listening on ${config.publicUrl} (API ${config.publicUrl}/api, docs ${config.publicUrl}/api/docs)\n`);
}

void main();
