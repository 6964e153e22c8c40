/**
 * A small RFC 2046 multipart parser for request bodies (`multipart/related` uploads: JSON metadata + media;
 * `multipart/form-data` fields). Bodies are capped at MAX_BODY_BYTES before they get here and parsed whole, so a
 * streaming parser would buy nothing; parts stay Buffers, so binary media is not mangled.
 */

export interface MultipartPart {
  /** Header names lower-cased; values trimmed. */
  headers: Record<string, string>;
  /** Media type of the part without parameters, lower-cased (`text/plain` when the part names none, RFC 2046 §5.1). */
  contentType: string;
  /** `name` from a form-data Content-Disposition. */
  name?: string;
  filename?: string;
  data: Buffer;
}

export type MultipartResult = { ok: true; parts: MultipartPart[] } | { ok: false; reason: string };

/** A parameter of a header value (`boundary`, `name`…), quoted or not. */
export function headerParam(value: string, param: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Splits a multipart body on its boundary. Accepts the preamble and epilogue the RFC allows, transport padding
 * after a boundary, and bare-LF line ends (some hand-written clients send them); requires the closing delimiter,
 * because a body without it was truncated.
 */
export function parseMultipart(contentTypeHeader: string, raw: Buffer): MultipartResult {
  const boundary = headerParam(contentTypeHeader, 'boundary');
  if (!boundary) return { ok: false, reason: 'multipart body without a boundary parameter' };
  if (boundary.length > 70) return { ok: false, reason: 'multipart boundary longer than 70 characters' };
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  // The first delimiter may open the body or follow a preamble line.
  let pos = raw.subarray(0, delimiter.length).equals(delimiter) ? 0 : indexOfLine(raw, delimiter, 0);
  if (pos < 0) return { ok: false, reason: 'multipart body does not contain its boundary' };
  for (;;) {
    let cursor = pos + delimiter.length;
    if (raw[cursor] === 0x2d && raw[cursor + 1] === 0x2d) return { ok: true, parts }; // `--boundary--`: done
    cursor = skipPaddingAndEol(raw, cursor);
    if (cursor < 0) return { ok: false, reason: 'malformed multipart boundary line' };
    const next = indexOfLine(raw, delimiter, cursor);
    if (next < 0) return { ok: false, reason: 'multipart body is not closed by its final boundary' };
    // The line break before the next delimiter belongs to the delimiter, not to the part's content.
    let end = next;
    if (end > cursor && raw[end - 1] === 0x0a) end--;
    if (end > cursor && raw[end - 1] === 0x0d) end--;
    const part = parsePart(raw.subarray(cursor, end));
    if (!part) return { ok: false, reason: 'malformed multipart part headers' };
    parts.push(part);
    pos = next;
  }
}

/** Index of `needle` at the start of a line (after CRLF or LF) at or after `from`; -1 when absent. */
function indexOfLine(raw: Buffer, needle: Buffer, from: number): number {
  let i = raw.indexOf(needle, from);
  while (i >= 0) {
    if (i > 0 && raw[i - 1] === 0x0a) return i;
    i = raw.indexOf(needle, i + 1);
  }
  return -1;
}

function skipPaddingAndEol(raw: Buffer, from: number): number {
  let i = from;
  while (raw[i] === 0x20 || raw[i] === 0x09) i++;
  if (raw[i] === 0x0d && raw[i + 1] === 0x0a) return i + 2;
  if (raw[i] === 0x0a) return i + 1;
  return -1;
}

function parsePart(chunk: Buffer): MultipartPart | undefined {
  let headerEnd = chunk.indexOf(HEADER_END);
  let bodyStart = headerEnd + HEADER_END.length;
  const lf = chunk.indexOf('\n\n');
  if (lf >= 0 && (headerEnd < 0 || lf < headerEnd)) {
    headerEnd = lf;
    bodyStart = lf + 2;
  }
  // A part may have no headers at all: it then starts with the empty line.
  if (chunk.subarray(0, CRLF.length).equals(CRLF)) {
    headerEnd = 0;
    bodyStart = 2;
  } else if (chunk[0] === 0x0a) {
    headerEnd = 0;
    bodyStart = 1;
  }
  if (headerEnd < 0) return undefined;
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of chunk.subarray(0, headerEnd).toString('utf8').split(/\r?\n/)) {
    if (line === '') continue;
    if (/^[ \t]/.test(line) && last) {
      headers[last] += ` ${line.trim()}`; // folded header (obsolete, still legal)
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    last = line.slice(0, colon).trim().toLowerCase();
    headers[last] = line.slice(colon + 1).trim();
  }
  const ct = headers['content-type'];
  const disposition = headers['content-disposition'];
  return {
    headers,
    contentType: ct ? ct.split(';')[0].trim().toLowerCase() : 'text/plain',
    name: disposition ? headerParam(disposition, 'name') : undefined,
    filename: disposition ? headerParam(disposition, 'filename') : undefined,
    data: chunk.subarray(bodyStart),
  };
}

export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

type Schema = Record<string, unknown>;

function jsonOrText(part: MultipartPart): unknown {
  const text = part.data.toString('utf8');
  if (!isJsonMediaType(part.contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isBinary(schema: unknown): boolean {
  return !!schema && typeof schema === 'object' && ['binary', 'byte'].includes(String((schema as Schema)['format']));
}

/**
 * The request body as the spec's schema names it, for validation. `multipart/form-data` parts carry their names.
 * `multipart/related` parts do not (RFC 2387: the first part is the root): the JSON part is the schema's non-binary
 * property (Drive's `metadata`), the other parts fill its binary properties (`media`) in order.
 */
export function multipartFields(schema: Schema | undefined, mediaType: string, parts: MultipartPart[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!mediaType.startsWith('multipart/related')) {
    for (const p of parts) if (p.name !== undefined) out[p.name] = jsonOrText(p);
    return out;
  }
  const props =
    schema && typeof schema['properties'] === 'object' && schema['properties'] !== null ? (schema['properties'] as Record<string, unknown>) : {};
  const names = Object.keys(props);
  const binaries = names.filter((n) => isBinary(props[n]));
  const meta = names.find((n) => !binaries.includes(n));
  let b = 0;
  for (const p of parts) {
    if (meta !== undefined && !(meta in out) && isJsonMediaType(p.contentType)) out[meta] = jsonOrText(p);
    else if (b < binaries.length) out[binaries[b++]] = p.data.toString('utf8');
  }
  return out;
}

/** The resource fields a multipart body carries: the JSON root part of `multipart/related`, the fields of form-data. */
export function multipartResource(mediaType: string, parts: MultipartPart[]): Record<string, unknown> | undefined {
  if (!mediaType.startsWith('multipart/related')) return multipartFields(undefined, mediaType, parts);
  const root = parts.find((p) => isJsonMediaType(p.contentType));
  const value = root ? jsonOrText(root) : undefined;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
