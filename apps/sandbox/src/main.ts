import { resolve } from 'node:path';
import { loadCatalog } from '@patchbay/spec';
import { createSandbox } from './app/sandbox-server';

export { createSandbox } from './app/sandbox-server';

async function main(): Promise<void> {
  const port = Number(process.env['SANDBOX_PORT'] ?? 4010);
  const host = process.env['SANDBOX_HOST'] ?? '127.0.0.1';
  const specsDir = resolve(process.env['PATCHBAY_SPECS_DIR'] ?? './specs');
  const catalog = await loadCatalog(specsDir);
  for (const w of catalog.warnings) console.warn(`[sandbox] spec warning ${w.file} ${w.path}: ${w.message}`);
  const sandbox = createSandbox({ catalog, publicUrl: process.env['SANDBOX_PUBLIC_URL'] });
  const bound = await sandbox.listen(port, host);
  const publicUrl = process.env['SANDBOX_PUBLIC_URL'] ?? `http://${host}:${bound}`;
  console.log(
    `[sandbox] ${catalog.providers.length} providers from ${specsDir} listening on ${publicUrl} (control: ${publicUrl}/_sandbox/providers)`,
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('[sandbox] failed to start:', err);
  process.exit(1);
});
