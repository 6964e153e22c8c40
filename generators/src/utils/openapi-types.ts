/**
 * Runs openapi-typescript 7 (ESM-only) from this CommonJS plugin on a worker thread. A dynamic `import()` works in
 * plain Node, but under Jest it goes through Jest's experimental VM-modules loader, which fails as soon as a second
 * test file imports the same ESM graph ("Provided module is not an instance of Module"). A worker uses Node's own
 * loader everywhere — Nx's generator runtime, `npm run generate`, Jest — and keeps a 3 MB spec's work off the
 * caller's heap. One worker is reused for every provider and unref'd so it never keeps a process alive.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OpenApiDocument } from './openapi-document';

interface Reply {
  id: number;
  text?: string;
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(join(__dirname, 'openapi-typescript.worker.mjs'));
  created.unref();
  created.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (!pending.size) created.unref();
    if (reply.error !== undefined || reply.text === undefined) job?.reject(new Error(`openapi-typescript: ${reply.error ?? 'no output'}`));
    else job?.resolve(reply.text);
  });
  created.on('error', (error) => failAll(error));
  created.on('exit', (code) => failAll(new Error(`openapi-typescript worker exited with code ${code}`)));
  worker = created;
  return created;
}

function failAll(error: Error): void {
  worker = undefined;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

/**
 * TypeScript declarations (`paths`, `components`, `operations`) for one document, as text. `file` (absolute) lets
 * relative `$ref`s into sibling files resolve.
 */
export function renderOpenApiTypes(document: OpenApiDocument, file?: string): Promise<string> {
  const target = getWorker();
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Referenced while a job runs (so the process waits for the result), unref'd again when the queue drains.
    target.ref();
    target.postMessage({ id, document, cwd: file ? pathToFileURL(file).href : undefined });
  });
}

/** Stops the worker (benchmarks and long-lived callers that want a clean exit). */
export async function stopOpenApiTypesWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) await current.terminate();
}
