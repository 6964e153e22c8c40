/** Why an outbound request failed, by its real cause (callers map each code to their own HTTP answer). */
export type OutboundErrorCode =
  /** The destination policy refused the URL or the address it resolved / connected to; nothing was sent. */
  | 'destination_not_allowed'
  /** The response body grew past the byte cap; the rest was not read. */
  | 'response_too_large'
  /** The host name does not resolve (NXDOMAIN, no DNS answer). */
  | 'dns_failed'
  /** The host actively refused the TCP connection. */
  | 'connection_refused'
  /** The connection was reset or closed before a complete answer. */
  | 'connection_reset'
  /** No connection or no answer within the timeout. */
  | 'timeout'
  /** The TLS handshake failed (certificate, name, protocol). */
  | 'tls_failed'
  | 'network_error';

export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    /** The destination's host (never its path or query, which may carry a credential). */
    readonly host?: string,
  ) {
    super(message);
    this.name = code === 'timeout' ? 'TimeoutError' : 'OutboundError';
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'ABORT_ERR']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/** The first `code` along the error's `cause` chain that says what happened (undici wraps socket errors). */
function codes(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 5 && e !== null && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') out.push(code);
    const name = (e as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') out.push('ABORT_ERR');
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/** Classifies a transport failure (undici, node:net, node:tls, node:dns) into an {@link OutboundError}. */
export function classifyTransportError(err: unknown, host: string, timeoutMs?: number): OutboundError {
  // fetch wraps what the connector refused in TypeError('fetch failed', { cause }).
  for (let e: unknown = err, i = 0; i < 5 && e !== null && typeof e === 'object'; i++, e = (e as { cause?: unknown }).cause) {
    if (e instanceof OutboundError) return e;
  }
  const found = codes(err);
  const has = (set: Set<string>) => found.some((c) => set.has(c));
  if (has(DNS_CODES)) return new OutboundError('dns_failed', `${host} does not resolve (DNS lookup failed)`, host);
  if (found.includes('ECONNREFUSED')) return new OutboundError('connection_refused', `${host} refused the connection`, host);
  if (has(TIMEOUT_CODES))
    return new OutboundError('timeout', `${host} did not answer in time${timeoutMs !== undefined ? ` (${timeoutMs} ms)` : ''}`, host);
  if (found.some((c) => c.startsWith('ERR_TLS') || c.startsWith('ERR_SSL') || c.includes('CERT') || c === 'EPROTO'))
    return new OutboundError('tls_failed', `The TLS handshake with ${host} failed (${found.find((c) => c !== 'UND_ERR_SOCKET') ?? 'TLS'})`, host);
  if (has(RESET_CODES)) return new OutboundError('connection_reset', `${host} closed the connection before answering`, host);
  if (found.includes('EHOSTUNREACH') || found.includes('ENETUNREACH'))
    return new OutboundError('network_error', `${host} is not reachable from this server (no route)`, host);
  return new OutboundError('network_error', `${host} could not be reached`, host);
}
