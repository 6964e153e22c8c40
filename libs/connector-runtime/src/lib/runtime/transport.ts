import { Agent, interceptors, type Dispatcher } from 'undici';
import { DEFAULT_MAX_RESPONSE_BYTES, exchange, type OutboundClient } from '../outbound/outbound-client';

/** One HTTP exchange with a provider, as the runner needs it. */
export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** For the whole attempt (waiting for the answer, and between chunks of its body). */
  timeoutMs: number;
  /** false: a 3xx is returned as is (a credential in a custom header would follow a redirect to another host). */
  followRedirects?: boolean;
}

export interface TransportResponse {
  status: number;
  header(name: string): string | null;
  text: string;
  /** The body's bytes as received (`text` decoded as UTF-8), when the transport has them: passed on without re-encoding. */
  body?: Buffer;
}

/** Sends a request; rejects on network failures and timeouts (`name` TimeoutError for the latter). */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

const MAX_REDIRECTS = 5;
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

let shared: Dispatcher | undefined;

/** The process-wide keep-alive pool for provider calls (one per origin, like the global fetch's). */
function sharedDispatcher(): Dispatcher {
  // undici's keep-alive defaults (4 s idle unless the server's Keep-Alive header says otherwise), as the global fetch.
  shared ??= new Agent().compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));
  return shared;
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' });
}

/**
 * Provider calls over undici's dispatcher API rather than `fetch`: the same keep-alive connection pool without the
 * WHATWG stream and abort-signal machinery, which on this path costs about as much as everything else together (see
 * `npm run bench`). Redirects are followed (at most 5; the Authorization header is dropped when one leaves the
 * origin), and the timeout applies to the wait for the answer and to every pause inside its body. The body is read up
 * to 10 MiB (`response_too_large` past it). No destination policy: the API sends through {@link outboundTransport}.
 */
export function undiciTransport(dispatcher: Dispatcher = sharedDispatcher()): Transport {
  return async (req) => {
    try {
      const res = await exchange(
        dispatcher,
        {
          ...splitUrl(req.url),
          method: req.method as Dispatcher.HttpMethod,
          headers: req.headers,
          body: req.body,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
          // The shared dispatcher's redirect interceptor reads this per request (0 = return the 3xx as is).
          ...(req.followRedirects === false ? { maxRedirections: 0 } : {}),
        } as Dispatcher.DispatchOptions,
        DEFAULT_MAX_RESPONSE_BYTES,
        new URL(req.url).host,
      );
      return { status: res.statusCode, header: res.header, text: res.body.toString('utf8'), body: res.body };
    } catch (err) {
      const code = err !== null && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
      if (typeof code === 'string' && TIMEOUT_CODES.has(code)) throw timeoutError(`no answer within ${req.timeoutMs} ms`);
      throw err;
    }
  };
}

/**
 * Provider calls through the {@link OutboundClient}: its destination policy on every connection (redirect hops
 * included), its byte cap, and failures as `OutboundError`s by cause (a timeout's `name` is TimeoutError).
 */
export function outboundTransport(client: OutboundClient): Transport {
  return async (req) => {
    const res = await client.request({ ...req, followRedirects: req.followRedirects ?? true });
    return { status: res.status, header: res.header, text: res.text(), body: res.body };
  };
}

function splitUrl(url: string): { origin: string; path: string } {
  const u = new URL(url);
  return { origin: u.origin, path: u.pathname + u.search };
}

/** A transport over a `fetch` function (tests inject one to fake the network). */
export function fetchTransport(doFetch: typeof fetch): Transport {
  return async (req) => {
    const res = await doFetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body as BodyInit | undefined,
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: req.followRedirects === false ? 'manual' : 'follow',
    });
    const text = await res.text();
    return { status: res.status, header: (name) => res.headers.get(name), text };
  };
}
