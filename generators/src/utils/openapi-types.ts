/**
 * Runs openapi-typescript (ESM-only) from this CommonJS plugin. A real `import()` that TypeScript does not rewrite
 * into `require()` works in plain Node, in Nx's generator runtime and under Jest (with --experimental-vm-modules).
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenApiDocument } from './openapi-document';

type OpenApiTsModule = typeof import('openapi-typescript');

const dynamicImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<OpenApiTsModule>;

let cached: Promise<OpenApiTsModule> | undefined;

export function loadOpenApiTypescript(): Promise<OpenApiTsModule> {
  cached ??= dynamicImport('openapi-typescript');
  return cached;
}

/**
 * TypeScript declarations (`paths`, `components`, `operations`) for one document, as text. `file` (absolute) lets
 * relative `$ref`s into sibling files resolve.
 */
export async function renderOpenApiTypes(document: OpenApiDocument, file?: string): Promise<string> {
  const { default: openapiTS, astToString } = await loadOpenApiTypescript();
  const source = document as unknown as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(source, {
    cwd: file ? pathToFileURL(`${dirname(file)}/`) : undefined,
    // Vendor specs are often slightly invalid; the types are still useful, so lint-level findings stay quiet.
    silent: true,
  });
  return astToString(ast);
}
