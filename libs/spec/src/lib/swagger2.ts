import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/**
 * Swagger 2.0 → OpenAPI 3.0 on load, with the kept converter `swagger2openapi` (the one behind the OpenAPI
 * Initiative's own tooling), so a vendor's Swagger file (Slack's Web API file is one) is dropped in as it is published.
 *
 * The catalog loader is synchronous (the generators, the validator CLI and the API's start-up all call it), while the
 * converter only offers a promise; the conversion therefore runs in a short child process, once per distinct
 * document per process (cached by content hash). References are rewritten by the converter (`#/definitions/X` →
 * `#/components/schemas/X`); messages about the document still name the original file, with paths in the converted
 * document.
 */
const cache = new Map<string, { ok: true; doc: Record<string, unknown> } | { ok: false; message: string }>();

const CONVERT = `
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (text += c));
process.stdin.on('end', () => {
  require('swagger2openapi')
    .convertObj(JSON.parse(text), { patch: true, warnOnly: true, direct: true, resolveInternal: false })
    .then((doc) => process.stdout.write(JSON.stringify({ ok: true, doc })))
    .catch((err) => process.stdout.write(JSON.stringify({ ok: false, message: String((err && err.message) || err) })));
});`;

export function isSwagger2(doc: Record<string, unknown>): boolean {
  return doc['openapi'] === undefined && String(doc['swagger']) === '2.0';
}

/** The OpenAPI 3 form of a Swagger 2.0 document, or why it could not be converted. */
export function convertSwagger2(doc: Record<string, unknown>): { ok: true; doc: Record<string, unknown> } | { ok: false; message: string } {
  const input = JSON.stringify(doc);
  const key = createHash('sha256').update(input).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  const run = spawnSync(process.execPath, ['-e', CONVERT], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  let result: { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };
  if (run.status !== 0 || !run.stdout) {
    result = { ok: false, message: `the Swagger 2.0 converter failed${run.stderr ? `: ${run.stderr.trim().split('\n')[0]}` : ''}` };
  } else {
    const out = JSON.parse(run.stdout) as { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };
    result = out.ok ? out : { ok: false, message: `not a convertible Swagger 2.0 document: ${out.message}` };
  }
  cache.set(key, result);
  return result;
}
