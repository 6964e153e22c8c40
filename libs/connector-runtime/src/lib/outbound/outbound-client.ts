import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch, type Dispatcher } from 'undici';
import { DestinationPolicy } from './destination-policy';
import { classifyTransportError, OutboundError } from './outbound-error';

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** How long a create-time DNS check waits before leaving the decision to send time. */
const CHECK_LOOKUP_MS = 3_000;

/** A DNS lookup in node's `dns.lookup` shape, always asked for every address (tests pass a fake resolver). */
export type Resolver = (
  hostname: string,
  options: LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export interface OutboundClientOptions {
  policy: DestinationPolicy;
  /** Default cap of a response body, in bytes (default 10 MiB). */
  maxResponseBytes?: number;
  /** DNS (default node's resolver). */
  resolve?: Resolver;
  /** Redirects followed when a request asks for it (default 5). */
  maxRedirections?: number;
}

export interface OutboundRequest {
  url: string | URL;
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** For the wait for the answer, and for every pause inside its body. */
  timeoutMs: number;
  /** Follow redirects (each hop is checked like the first); default false: a 3xx is returned as is. */
  followRedirects?: boolean;
  /** Overrides the client's byte cap for this request. */
  maxResponseBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** One header (several values joined with `, `), or null. */
  header(name: string): string | null;
  body: Buffer;
  text(): string;
}

const defaultResolver: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/**
 * The one way the server makes HTTP requests to addresses it does not control (providers, token endpoints, custom
 * integrations): undici's keep-alive pool, with the {@link DestinationPolicy} enforced where it cannot be dodged.
 *
 * - before anything else, the URL (scheme, user-info, metadata names, IP literals in any spelling);
 * - in the dispatcher's connector, for every connection (so for every redirect hop too): the host again, the DNS
 *   answers (refused addresses are dropped; none left → refused), and finally the address the socket actually
 *   connected to — the address checked is the address used, whatever a rebinding resolver answers in between;
 * - the response body is streamed and abandoned past the byte cap (`response_too_large`);
 * - transport failures come back as {@link OutboundError}s by cause (DNS, refused, reset, timeout, TLS).
 */
export class OutboundClient {
  readonly policy: DestinationPolicy;
  readonly maxResponseBytes: number;
  private readonly resolve: Resolver;
  private readonly agent: Agent;
  private readonly maxRedirections: number;

  constructor(options: OutboundClientOptions) {
    this.policy = options.policy;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.resolve = options.resolve ?? defaultResolver;
    const base = buildConnector({ lookup: this.checkedLookup() });
    const policy = this.policy;
    this.agent = new Agent({
      connect: (opts, callback) => {
        const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
        try {
          policy.checkHost(opts.hostname, port);
        } catch (err) {
          return callback(err as Error, null);
        }
        base(opts, (err, socket) => {
          if (err || !socket) return callback(err ?? new Error('no socket'), null);
          const rule = policy.addressRule(opts.hostname, port, (socket as Socket).remoteAddress ?? '');
          if (rule) {
            socket.destroy();
            return callback(new OutboundError('destination_not_allowed', `Destination not allowed: ${rule}`, opts.hostname), null);
          }
          callback(null, socket);
        });
      },
    });
    this.maxRedirections = options.maxRedirections ?? MAX_REDIRECTS;
  }

  /**
   * Sends one request under the policy; rejects with {@link OutboundError} only. Redirects (when asked to follow)
   * are followed here, each hop's URL checked like the first, as undici's redirect interceptor does them: at most
   * {@link OutboundClientOptions.maxRedirections} hops (past them the last 3xx is the answer), 303 — and 301/302 to a
   * POST — continue as a GET without the body, and credentials (`Authorization`, `Cookie`, `Proxy-Authorization`)
   * never go to another origin. Done by hand because the interceptor's handler chain parses every response's
   * headers twice, on every call, for the rare call that is redirected.
   */
  async request(req: OutboundRequest): Promise<OutboundResponse> {
    let url = this.policy.checkUrl(req.url);
    const cap = req.maxResponseBytes ?? this.maxResponseBytes;
    const hops = req.followRedirects ? this.maxRedirections : 0;
    let method = req.method.toUpperCase();
    let headers = req.headers;
    let body = req.body;
    const visited: string[] = [];
    try {
      for (let hop = 0; ; hop++) {
        const res = await exchange(
          this.agent,
          {
            origin: url.origin,
            path: url.pathname + url.search,
            method: method as Dispatcher.HttpMethod,
            headers,
            body,
            headersTimeout: req.timeoutMs,
            bodyTimeout: req.timeoutMs,
          },
          cap,
          url.host,
        );
        const location = res.headers['location'];
        if (hop < hops && REDIRECT_STATUSES.has(res.statusCode) && typeof location === 'string' && location) {
          visited.push(url.href);
          const next = this.policy.checkUrl(new URL(location, url));
          next.hash = '';
          if (visited.includes(next.href)) throw new OutboundError('network_error', `${url.host} redirects in a loop`, url.host);
          if (res.statusCode === 303 ? method !== 'HEAD' : (res.statusCode === 301 || res.statusCode === 302) && method === 'POST') {
            method = 'GET';
            body = undefined;
            if (res.statusCode === 303) headers = withoutHeaders(headers, (name) => name.startsWith('content-'));
          }
          if (next.origin !== url.origin) headers = withoutHeaders(headers, (name) => CREDENTIAL_HEADERS.has(name));
          url = next;
          continue;
        }
        const received = res.body;
        return { status: res.statusCode, headers: res.headers, header: res.header, body: received, text: () => received.toString('utf8') };
      }
    } catch (err) {
      throw classifyTransportError(err, url.host, req.timeoutMs);
    }
  }

  /**
   * Checks a URL before it is stored (an integration's base URL): the URL itself, then what its host resolves to
   * now. A name that does not resolve (yet) passes: every send checks again at connect time.
   */
  async checkDestination(url: string | URL): Promise<URL> {
    const u = this.policy.checkUrl(url);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const port = u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
    if (this.policy.nameAllowed(host, port)) return u;
    const addresses = await new Promise<LookupAddress[]>((resolve) => {
      const timer = setTimeout(() => resolve([]), CHECK_LOOKUP_MS);
      this.resolve(host, { all: true }, (err, found) => {
        clearTimeout(timer);
        resolve(err ? [] : found);
      });
    });
    for (const a of addresses) this.policy.checkAddress(host, port, a.address);
    return u;
  }

  /**
   * The same client behind the `fetch` signature, for code written against fetch (the OAuth client's `fetch`
   * option): every connection goes through the policy-checked dispatcher (redirect hops included), the body is read
   * under the byte cap, and failures reject with {@link OutboundError} (`name` TimeoutError for timeouts).
   */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = this.policy.checkUrl(typeof input === 'string' || input instanceof URL ? input : input.url);
    try {
      const res = await undiciFetch(url, { ...(init as object), dispatcher: this.agent } as Parameters<typeof undiciFetch>[1]);
      const body =
        NULL_BODY.has(res.status) || !res.body
          ? null
          : await readCappedStream(res.body as unknown as ReadableStream<Uint8Array>, this.maxResponseBytes, url.host);
      return new Response(body as unknown as BodyInit | null, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers as unknown as Headers,
      });
    } catch (err) {
      throw classifyTransportError(err, url.host);
    }
  };

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** node:net's `lookup` option: resolves, then keeps only the addresses the policy allows (port checked later). */
  private checkedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      this.resolve(hostname, { ...options, all: true }, (err, addresses) => {
        if (err) return callback(err, '', 0);
        const allowed = addresses.filter((a) => this.policy.addressRule(hostname, undefined, a.address) === undefined);
        if (allowed.length === 0) {
          const rule = addresses.length ? this.policy.addressRule(hostname, undefined, addresses[0].address) : `${hostname} resolves to no address`;
          return callback(new OutboundError('destination_not_allowed', `Destination not allowed: ${rule}`, hostname), '', 0);
        }
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
        else callback(null, allowed[0].address, allowed[0].family);
      });
    };
  }
}

const NULL_BODY = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);
/** What is not sent along a redirect to another origin (undici's rule). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function withoutHeaders(headers: Record<string, string> | undefined, drop: (lowerCaseName: string) => boolean): Record<string, string> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop(name.toLowerCase())));
}

async function readCappedStream(stream: ReadableStream<Uint8Array>, cap: number, host: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.length;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw new OutboundError('response_too_large', `The response from ${host} is larger than ${cap} bytes`, host);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, size);
}

/** A response as {@link exchange} collects it. */
export interface Exchanged {
  statusCode: number;
  /** Lower-case names; a repeated header's values in an array. */
  headers: Record<string, string | string[]>;
  /** One header by any spelling of its name (several values joined with `, `), or null. */
  header(name: string): string | null;
  body: Buffer;
}

/**
 * One HTTP exchange over undici's documented dispatcher handler API: the answer's headers, then its body collected
 * up to `cap` bytes (Content-Length is believed first; past the cap the exchange is aborted, the connection dropped,
 * and the promise rejects with `response_too_large`). Used instead of undici's `request()`, whose body stream,
 * header parsing and promise per event were a measurable part of every provider call (`npm run bench`). Failures
 * reject with undici's own errors (callers classify them).
 */
export function exchange(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions, cap: number, host: string): Promise<Exchanged> {
  return new Promise((resolve, reject) => {
    let abort: ((reason: Error) => void) | undefined;
    let settled = false;
    let statusCode = 0;
    let headers: Record<string, string | string[]> = {};
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    const refuse = () => {
      const err = new OutboundError('response_too_large', `The response from ${host} is larger than ${cap} bytes`, host);
      fail(err);
      abort?.(err);
      return false;
    };
    const handler = {
      onConnect(abortRequest: (reason: Error) => void) {
        abort = abortRequest;
      },
      onHeaders(status: number, raw: RawHeaderValue[]) {
        if (status < 200) return true; // an informational answer: the real one follows
        statusCode = status;
        headers = headerRecord(raw);
        const declared = Number(headers['content-length']);
        return Number.isFinite(declared) && declared > cap ? refuse() : true;
      },
      onData(chunk: Buffer) {
        size += chunk.length;
        if (size > cap) return refuse();
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        if (settled) return;
        settled = true;
        const received = headers;
        resolve({
          statusCode,
          headers: received,
          header: (name) => {
            const v = received[name.toLowerCase()];
            return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
          },
          body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size),
        });
      },
      onError: fail,
    };
    dispatcher.dispatch(options, handler as unknown as Dispatcher.DispatchHandler);
  });
}

type RawHeaderValue = Buffer | string | (Buffer | string)[];

/**
 * Raw header pairs as undici's `request()` presents them: lower-case names, Latin-1 values, a repeated header's
 * values in an array (an interceptor hands several values of one header over as an array). No prototype, so a
 * header named `__proto__` or `constructor` is just a header.
 */
function headerRecord(raw: RawHeaderValue[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toString().toLowerCase();
    const value = raw[i + 1];
    const values = Array.isArray(value) ? value.map(latin1) : [latin1(value)];
    const prev = out[name];
    if (prev === undefined) out[name] = values.length === 1 ? values[0] : values;
    else out[name] = (Array.isArray(prev) ? prev : [prev]).concat(values);
  }
  return out;
}

function latin1(v: Buffer | string): string {
  return typeof v === 'string' ? v : v.toString('latin1');
}
