/**
 * `npm run check:generated`: regenerates everything in memory (an FsTree that is never flushed) and fails when the
 * result differs from what is committed — a spec changed without `npm run generate`, or generated code was edited.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/generate/check-drift.ts
 */
import './register-workspace-paths';
import { runGeneration } from './workspace-tree';

const SHOWN = 40;

async function main(): Promise<void> {
  const { tree, result } = await runGeneration();
  // FsTree forgets writes that restore a file's on-disk content, so every remaining change is real drift.
  const drift = tree.listChanges().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!drift.length) {
    console.log(`Generated code is up to date (${result.providers.length} providers).`);
    return;
  }
  const verb = { CREATE: 'missing  ', UPDATE: 'differs  ', DELETE: 'stale    ' } as const;
  console.error(`Generated code is out of date: ${drift.length} file(s) differ from what specs/ produce.`);
  for (const change of drift.slice(0, SHOWN)) console.error(`  ${verb[change.type]} ${change.path}`);
  if (drift.length > SHOWN) console.error(`  … and ${drift.length - SHOWN} more`);
  console.error('Run `npm run generate` and commit the result (never edit libs/connectors or libs/panels by hand).');
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
