/**
 * `npm run generate`: regenerates every provider's connector library and panels from specs/, then the registries.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/generate/generate-all.ts
 */
import './register-workspace-paths';
import { flushChanges } from 'nx/src/generators/tree';
import { runGeneration } from './workspace-tree';

async function main(): Promise<void> {
  const started = performance.now();
  const { tree, catalog, result } = await runGeneration();
  const changes = tree.listChanges();
  flushChanges(tree.root, changes);

  for (const p of result.providers) {
    console.log(`  ${p.id.padEnd(20)} ${String(p.operations).padStart(4)} operations, ${String(p.panels).padStart(4)} panels  (${p.ms} ms)`);
  }
  for (const id of result.removed) console.log(`  removed generated libraries of "${id}" (no spec any more)`);
  if (catalog.warnings.length) console.log(`  ${catalog.warnings.length} spec warning(s); run the spec validator to see them`);
  console.log(`Generated ${result.providers.length} providers: ${changes.length} file change(s) in ${Math.round(performance.now() - started)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
