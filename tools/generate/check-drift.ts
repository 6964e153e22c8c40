/**
 * `npm run check:generated`: regenerates everything in memory (an FsTree that is never flushed) and fails when the
 * result differs from what is committed — a spec changed without `npm run generate`, or generated code was edited.
 * The dashboard's API types (api-types.ts: the API's OpenAPI document through openapi-typescript) are regenerated in
 * a child process at the same time and compared with the committed file.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/generate/check-drift.ts
 */
import './register-workspace-paths';
import { API_TYPES_FILE, apiTypesDrift, generateApiTypesInChild } from './api-types';
import { runGeneration } from './workspace-tree';

const SHOWN = 40;

async function main(): Promise<void> {
  const apiTypes = generateApiTypesInChild();
  apiTypes.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  const { tree, result } = await runGeneration();
  // FsTree forgets writes that restore a file's on-disk content, so every remaining change is real drift.
  const drift: Array<{ type: 'CREATE' | 'UPDATE' | 'DELETE'; path: string }> = tree.listChanges();
  const apiTypesChange = apiTypesDrift(await apiTypes);
  if (apiTypesChange) drift.push({ type: apiTypesChange, path: API_TYPES_FILE });
  drift.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!drift.length) {
    console.log(`Generated code is up to date (${result.providers.length} providers, API types).`);
    return;
  }
  const verb = { CREATE: 'missing  ', UPDATE: 'differs  ', DELETE: 'stale    ' } as const;
  console.error(`Generated code is out of date: ${drift.length} file(s) differ from what specs/ and the API produce.`);
  for (const change of drift.slice(0, SHOWN)) console.error(`  ${verb[change.type]} ${change.path}`);
  if (drift.length > SHOWN) console.error(`  … and ${drift.length - SHOWN} more`);
  console.error(`Run \`npm run generate\` and commit the result (never edit libs/connectors, libs/panels or ${API_TYPES_FILE} by hand).`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
