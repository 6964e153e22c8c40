/**
 * Rewrites only the generated typings of backend functions (libs/functions-sdk/src/generated,
 * libs/function-toolchain/src/generated) — what `npm run generate` also does as part of the registry generator —
 * without touching the connector and panel libraries.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register generators/src/generators/registry/write-function-typings.cli.ts
 */
import { join } from 'node:path';
import { flushChanges, FsTree } from 'nx/src/generators/tree';
import { updateFunctionTypings } from './lib/update-function-typings';

const root = join(__dirname, '..', '..', '..', '..');
const tree = new FsTree(root, false);
const started = performance.now();
updateFunctionTypings(tree);
const changes = tree.listChanges();
flushChanges(root, changes);
for (const change of changes) console.log(`  ${change.type.toLowerCase()} ${change.path}`);
console.log(`Function typings: ${changes.length} file change(s) in ${Math.round(performance.now() - started)} ms.`);
