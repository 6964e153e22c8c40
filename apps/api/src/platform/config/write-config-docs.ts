/**
 * Rewrites the root `.env.example` and the variable table of apps/api/README.md from the configuration table.
 * Run from the workspace root: node -r @swc-node/register apps/api/src/platform/config/write-config-docs.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample, withReadmeTable } from './config-docs';

const root = join(__dirname, '..', '..', '..', '..', '..');
const readmePath = join(root, 'apps', 'api', 'README.md');
writeFileSync(join(root, '.env.example'), renderEnvExample());
writeFileSync(readmePath, withReadmeTable(readFileSync(readmePath, 'utf8')));
process.stdout.write('Wrote .env.example and the configuration table of apps/api/README.md\n');
