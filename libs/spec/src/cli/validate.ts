/**
 * Validates every provider spec and prints each error and warning as `file: path: message`.
 * Exit code 1 when there is any error (with --strict, any warning too).
 *
 *   node -r @swc-node/register libs/spec/src/cli/validate.ts [specsDir=specs] [--strict] [--json] [--write-schema]
 *
 * --write-schema rewrites libs/spec/src/schema/provider.schema.json from the TS source of truth.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateCatalog } from '../lib/catalog-loader';
import { providerSchema } from '../lib/provider-schema';
import { formatSpecError } from '../lib/spec-error';

export const PROVIDER_SCHEMA_FILE = join(__dirname, '..', 'schema', 'provider.schema.json');

export function renderProviderSchema(): string {
  return JSON.stringify(providerSchema, null, 2) + '\n';
}

export function runValidateCli(argv: string[], out: (line: string) => void = (l) => process.stdout.write(l + '\n')): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--write-schema')) {
    writeFileSync(PROVIDER_SCHEMA_FILE, renderProviderSchema());
    out(`wrote ${PROVIDER_SCHEMA_FILE}`);
    return 0;
  }
  const specsDir = resolve(positional[0] ?? 'specs');
  const started = Date.now();
  const r = validateCatalog(specsDir, { strict: flags.has('--strict') });
  if (flags.has('--json')) {
    out(JSON.stringify({ errors: r.errors, warnings: r.warnings, providers: r.catalog.providers.map((p) => p.id) }, null, 2));
    return r.errors.length > 0 ? 1 : 0;
  }
  for (const e of r.errors) out(`error   ${formatSpecError(e)}`);
  for (const w of flags.has('--strict') ? [] : r.warnings) out(`warning ${formatSpecError(w)}`);
  const ops = r.catalog.providers.reduce((n, p) => n + p.operations.length, 0);
  out(
    `${r.catalog.providers.length} provider(s), ${ops} operation(s) loaded in ${Date.now() - started} ms; ` +
      `${r.errors.length} error(s), ${r.warnings.length} warning(s)`,
  );
  return r.errors.length > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = runValidateCli(process.argv.slice(2));
}
