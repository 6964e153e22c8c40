/** Placeholder written instead of a secret. */
export const REDACTED = '[Redacted]';

// Any key that names a credential: password, token, secret, api key, authorization, cookie, private key…
const SECRET_KEY_RE = /pass|pwd|token|secret|key|authorization|cookie|credential|signature/i;
const MAX_DEPTH = 6;

/**
 * Field names that DTOs declare secret with {@link Sensitive}, whatever they are called (`value` of an API-key
 * credential, say). A name pattern alone misses those.
 */
const SENSITIVE_FIELDS = new Set<string>();

/** Marks a DTO property as secret: request-body logs write `[Redacted]` for a field of that name, at any depth. */
export function Sensitive(): PropertyDecorator {
  return (_target, propertyKey) => {
    if (typeof propertyKey === 'string') SENSITIVE_FIELDS.add(propertyKey);
  };
}

/** Whether a field name looks like it holds a secret, or a DTO declared a field of that name sensitive. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_RE.test(key) || SENSITIVE_FIELDS.has(key);
}

/**
 * Copies a request body for the log with every secret-looking field replaced, at any depth. Strings that themselves
 * look like our opaque tokens are masked too, wherever they appear.
 */
export function redactBody(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return '[Truncated]';
  if (typeof value === 'string') return /\bpb[sk]_[A-Za-z0-9_-]+/.test(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redactBody(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = isSecretKey(k) ? REDACTED : redactBody(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** Query parameters that carry credentials or one-time values (OAuth's code and state, tokens, client secrets). */
const SECRET_QUERY_PARAMS = new Set(['access_token', 'code', 'state', 'token', 'client_secret', 'refresh_token', 'id_token']);

function queryKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/**
 * A request URL for the log, with the value of every secret query parameter ({@link SECRET_QUERY_PARAMS}, however
 * its name is escaped or cased, repeated or not) replaced by `[Redacted]`; the path and other parameters stay.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = hash < 0 ? url.slice(q + 1) : url.slice(q + 1, hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_QUERY_PARAMS.has(queryKey(key)) ? `${key}=${REDACTED}` : pair;
    })
    .join('&');
  return url.slice(0, q + 1) + redacted + (hash < 0 ? '' : url.slice(hash));
}

/** pino `redact` paths: headers that carry credentials, in requests and responses. */
export const REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
];
