/**
 * Gives a generator the two inputs it needs for one provider: the normalized model (from libs/spec's loader — nothing
 * here parses provider.yaml or interprets OpenAPI semantics) and the raw OpenAPI document (openapi-typescript and the
 * exact type keys need it). `npm run generate` loads the catalog once and passes models in; `nx g` loads from specs/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Tree } from '@nx/devkit';
import { convertSwagger2, isSwagger2, type ProviderModel } from '@patchbay/spec';
import { parseSpecText, RawDocument, type OpenApiDocument } from './openapi-document';
import { loadProviderModel } from './spec-loader';

export interface ProviderSourceOptions {
  providerId: string;
  specsDir: string;
  provider?: ProviderModel;
  document?: OpenApiDocument;
  /** Absolute path of the OpenAPI file (read when `document` is not given; resolves relative `$ref`s). */
  documentPath?: string;
}

export interface ProviderSource {
  provider: ProviderModel;
  raw: RawDocument;
  /** The OpenAPI file as written in the model's sourceFiles (for headers and READMEs). */
  openapiFile: string;
}

const OPENAPI_FILE = /(^|\/)openapi\.(ya?ml|json)$/i;

export async function resolveProviderSource(tree: Tree, options: ProviderSourceOptions): Promise<ProviderSource> {
  const provider = options.provider ?? (await loadProviderModel(join(tree.root, options.specsDir, options.providerId), tree.root));
  if (provider.id !== options.providerId) {
    throw new Error(`Spec loaded for "${options.providerId}" describes provider "${provider.id}".`);
  }
  const openapiFile = provider.sourceFiles.find((f) => OPENAPI_FILE.test(f.replace(/\\/g, '/')));
  if (options.document) {
    return { provider, raw: new RawDocument(options.document, options.documentPath), openapiFile: openapiFile ?? 'openapi' };
  }
  if (options.documentPath) {
    const data = openApi3(parseSpecText(readFileSync(options.documentPath, 'utf8'), options.documentPath), options.documentPath) as OpenApiDocument;
    return { provider, raw: new RawDocument(data, options.documentPath), openapiFile: openapiFile ?? options.documentPath };
  }
  if (!openapiFile) {
    throw new Error(`Provider "${provider.id}" lists no OpenAPI file in sourceFiles (${provider.sourceFiles.join(', ') || 'none'}).`);
  }
  const abs = isAbsolute(openapiFile) ? openapiFile : join(tree.root, openapiFile);
  // The tree wins (tests and chained generators write specs there); otherwise the file on disk.
  let text = !isAbsolute(openapiFile) && tree.exists(openapiFile) ? tree.read(openapiFile, 'utf-8') : null;
  if (text === null) {
    if (!existsSync(abs)) throw new Error(`OpenAPI file of provider "${provider.id}" not found: ${openapiFile}`);
    text = readFileSync(abs, 'utf8');
  }
  const data = parseSpecText(text, openapiFile);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`OpenAPI file of provider "${provider.id}" is not an object: ${openapiFile}`);
  }
  return { provider, raw: new RawDocument(openApi3(data, openapiFile) as OpenApiDocument, abs), openapiFile };
}

/** A Swagger 2.0 file in the OpenAPI 3 form the loader built the model from (openapi-typescript reads only 3.x). */
function openApi3(data: unknown, file: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !isSwagger2(data as Record<string, unknown>)) return data;
  const converted = convertSwagger2(data as Record<string, unknown>);
  if (!converted.ok) throw new Error(`${file}: ${converted.message}`);
  return converted.doc;
}
