import { randomBytes } from 'node:crypto';
import type { OperationModel, ProviderModel } from '@patchbay/spec';
import { operationInputKeys } from './input-keys';

export interface BuiltRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** false: a 3xx is returned as is (set for credentials in a custom header; see applyCredential). */
  followRedirects?: boolean;
}

export interface BuildContext {
  /** Connection metadata kept from the token response (e.g. the per-account API base URL). */
  metadata: Record<string, string>;
  rewriteUrl: (url: string) => string;
}

function toWire(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

/**
 * The server URL for a call: the spec's, or — when the provider keeps a per-account API host in the token
 * response (`oauth.apiBaseUrlFrom`) — that host with the spec server's path.
 */
export function resolveServerUrl(provider: ProviderModel, op: OperationModel, metadata: Record<string, string>): string {
  const key = provider.oauth.apiBaseUrlFrom;
  const base = key ? metadata[key] : undefined;
  if (!base) return op.serverUrl;
  const m = /^https?:\/\/[^/]+(.*)$/i.exec(op.serverUrl);
  return base.replace(/\/+$/, '') + (m ? m[1] : '');
}

export function buildRequest(provider: ProviderModel, op: OperationModel, input: Record<string, unknown>, ctx: BuildContext): BuiltRequest {
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { accept: 'application/json', ...provider.defaultHeaders };
  for (const k of operationInputKeys(provider, op)) {
    const v = input[k.key];
    if (v === undefined || v === null) continue;
    if (k.in === 'path') path = path.split(`{${k.name}}`).join(encodeURIComponent(toWire(v)));
    else if (k.in === 'query') {
      if (Array.isArray(v)) for (const item of v) query.append(k.name, toWire(item));
      else query.append(k.name, toWire(v));
    } else headers[k.name.toLowerCase()] = toWire(v);
  }
  const qs = query.toString();
  const url = ctx.rewriteUrl(resolveServerUrl(provider, op, ctx.metadata).replace(/\/+$/, '') + path + (qs ? `?${qs}` : ''));

  const built: BuiltRequest = { url, method: op.method.toUpperCase(), headers };
  const body = input['body'];
  if (op.requestBody && body !== undefined) {
    const ct = op.requestBody.contentType;
    if (ct.startsWith('multipart/')) {
      const { contentType, payload } = multipart(ct, body, op.requestBody.schema);
      headers['content-type'] = contentType;
      built.body = payload;
    } else if (ct === 'application/x-www-form-urlencoded') {
      headers['content-type'] = ct;
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(body as Record<string, unknown>)) if (v !== undefined) form.append(k, toWire(v));
      built.body = form.toString();
    } else {
      headers['content-type'] = ct.includes('json') ? `${ct}; charset=utf-8` : ct;
      built.body = typeof body === 'string' && !ct.includes('json') ? body : JSON.stringify(body);
    }
  }
  return built;
}

/**
 * Where the parts of a `multipart/related` body sit in the input: the spec names them (Drive: `metadata` and a
 * binary `media`), so the file part is the schema's binary property; `content` is accepted as well.
 */
function relatedPartKeys(schema: unknown): { meta: string; file: string } {
  const props =
    (schema && typeof schema === 'object'
      ? (schema as { properties?: Record<string, { format?: string; type?: unknown }> }).properties
      : undefined) ?? {};
  const names = Object.keys(props);
  const file = names.find((k) => props[k]?.format === 'binary' || props[k]?.format === 'byte') ?? 'content';
  const meta = names.find((k) => k !== file && (props[k]?.type === 'object' || props[k]?.type === undefined)) ?? 'metadata';
  return { meta, file };
}

/**
 * Multipart bodies. `multipart/related` (metadata + media, the upload style of file APIs) takes
 * `{metadata, <binary part> | content, contentType?}`; `multipart/form-data` takes an object of fields, where a field
 * `{filename, content, contentType?}` becomes a file part.
 */
function multipart(ct: string, body: unknown, schema?: unknown): { contentType: string; payload: Buffer } {
  const boundary = `patchbay-${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  const push = (headers: string[], content: string | Buffer) => {
    parts.push(Buffer.from(`--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n`));
    parts.push(typeof content === 'string' ? Buffer.from(content) : content);
    parts.push(Buffer.from('\r\n'));
  };
  const b = (body ?? {}) as Record<string, unknown>;
  const asContent = (c: unknown): string | Buffer => (Buffer.isBuffer(c) ? c : typeof c === 'string' ? c : c === undefined ? '' : JSON.stringify(c));
  if (ct.startsWith('multipart/related')) {
    // Bug fix: the file part used to be read from `content` only, while the spec (and so the input validator and the
    // generated types) call it `media`: a valid input uploaded an empty file.
    const keys = relatedPartKeys(schema);
    push(['Content-Type: application/json; charset=UTF-8'], JSON.stringify(b[keys.meta] ?? b['metadata'] ?? {}));
    push(
      [`Content-Type: ${typeof b['contentType'] === 'string' ? b['contentType'] : 'application/octet-stream'}`],
      asContent(b[keys.file] ?? b['content']),
    );
  } else {
    for (const [name, v] of Object.entries(b)) {
      if (v && typeof v === 'object' && 'content' in (v as object) && 'filename' in (v as object)) {
        const f = v as { filename: string; content: unknown; contentType?: string };
        push(
          [
            `Content-Disposition: form-data; name="${name}"; filename="${f.filename.replace(/"/g, '')}"`,
            `Content-Type: ${f.contentType ?? 'application/octet-stream'}`,
          ],
          asContent(f.content),
        );
      } else push([`Content-Disposition: form-data; name="${name}"`], asContent(v));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const base = ct.split(';')[0].trim();
  return { contentType: `${base}; boundary=${boundary}`, payload: Buffer.concat(parts) };
}
