// Runs openapi-typescript (ESM-only) on a worker thread with Node's own module loader. See openapi-types.ts for why.
import { parentPort } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';

parentPort.on('message', async ({ id, document, cwd }) => {
  try {
    const ast = await openapiTS(document, {
      // Redocly takes `cwd` as the document's own location: relative `$ref`s resolve next to it.
      cwd: cwd ? new URL(cwd) : undefined,
      // Vendor specs are often slightly invalid; the types are still useful, so lint-level findings stay quiet.
      silent: true,
    });
    parentPort.postMessage({ id, text: astToString(ast) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
