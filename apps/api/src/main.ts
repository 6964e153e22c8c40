import { createApp, CreatedApp } from './bootstrap';
import { ConfigError } from './platform/config/config-error';

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
  // On SIGTERM/SIGINT Nest closes the HTTP server (finishing in-flight requests) and the database connection.
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  process.stdout.write(`Patchbay API listening on ${config.publicUrl} (API ${config.publicUrl}/api, docs ${config.publicUrl}/api/docs)\n`);
}

void main();
