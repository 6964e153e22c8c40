import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DestinationPolicy } from './destination-policy';
import { OutboundClient, type Resolver } from './outbound-client';
import { OutboundError } from './outbound-error';

/** Local servers that count what reaches them. */
interface Counted {
  port: number;
  hits: string[];
}
const servers: Server[] = [];
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Counted> {
  const hits: string[] = [];
  const s = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { port: (s.address() as AddressInfo).port, hits };
}
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
});

/** DNS in the test's hands: *.test names map to what `zone` says (changeable between calls). */
const zone: Record<string, string[]> = {};
const resolve: Resolver = (hostname, _options, callback) => {
  const found = zone[hostname];
  if (!found) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(
    null,
    found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
  );
};

async function failure(p: Promise<unknown>): Promise<OutboundError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof OutboundError) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}

describe('OutboundClient', () => {
  let ok: Counted;
  let other: Counted;
  let strict: OutboundClient;
  let allowing: OutboundClient;

  beforeAll(async () => {
    other = await serve((_req, res) => res.end('other'));
    ok = await serve((req, res) => {
      if (req.url === '/redirect-private') {
        res.writeHead(302, { location: `http://127.0.0.1:${other.port}/stolen` });
        return res.end();
      }
      if (req.url === '/redirect-metadata') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
        return res.end();
      }
      if (req.url === '/zeros') {
        // 200 MB of zeros, streamed without a length: the client must stop reading long before the end.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024);
        let left = 200 * 1024 * 1024;
        const pump = () => {
          while (left > 0) {
            left -= chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (left = 0));
        return pump();
      }
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
        return res.write('x');
      }
      if (req.url === '/headers') {
        res.writeHead(200, ['X-Two', 'a', 'x-two', 'b', '__proto__', 'p', 'constructor', 'c', 'x-latin', 'caf\u00e9']);
        return res.end('{}');
      }
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 4_000).unref();
      res.writeHead(200, { 'content-type': 'application/json', 'x-two': ['a', 'b'] });
      return res.end(JSON.stringify({ path: req.url, auth: req.headers.authorization ?? null }));
    });
    zone['ok.test'] = ['127.0.0.1'];
    zone['rebind.test'] = ['127.0.0.1'];
    zone['mixed.test'] = ['10.0.0.7', '127.0.0.1'];
    strict = new OutboundClient({ policy: new DestinationPolicy(), resolve });
    allowing = new OutboundClient({
      policy: new DestinationPolicy({ allow: [`ok.test:${ok.port}`, `127.0.0.1:${ok.port}`] }),
      resolve,
      maxResponseBytes: 1024 * 1024,
    });
  });
  afterAll(async () => {
    await strict.close();
    await allowing.close();
  });
  beforeEach(() => {
    ok.hits.length = 0;
    other.hits.length = 0;
  });

  it('refuses an internal address in every spelling before connecting: nothing reaches the server', async () => {
    for (const host of ['127.0.0.1', '127.1', '0x7f000001', '2130706433', '0177.0.0.1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']) {
      const err = await failure(
        strict.request({ url: `http://${host}:${ok.port}/x`, method: 'GET', headers: { authorization: 'Bearer s3cret' }, timeoutMs: 2_000 }),
      );
      expect(err.code).toBe('destination_not_allowed');
      expect(err.message).toContain('loopback');
    }
    expect(ok.hits).toEqual([]);
  });

  it('refuses a name that resolves to a private address (checked after DNS, before connecting)', async () => {
    const err = await failure(strict.request({ url: `http://rebind.test:${ok.port}/x`, method: 'GET', timeoutMs: 2_000 }));
    expect(err.code).toBe('destination_not_allowed');
    expect(err.message).toContain('rebind.test (127.0.0.1) is in loopback');
    const mixed = await failure(strict.request({ url: `http://mixed.test:${ok.port}/x`, method: 'GET', timeoutMs: 2_000 }));
    expect(mixed.code).toBe('destination_not_allowed');
    expect(ok.hits).toEqual([]);
  });

  it('checks the address the socket connected to, with its port: an allowance for one port does not open another', async () => {
    // 127.0.0.1 is allowed on ok.port only; the DNS step (which does not know the port) lets it pass, the connection does not.
    zone['sneaky.test'] = ['127.0.0.1'];
    const err = await failure(allowing.request({ url: `http://sneaky.test:${other.port}/x`, method: 'GET', timeoutMs: 2_000 }));
    expect(err.code).toBe('destination_not_allowed');
    expect(err.message).toContain(`sneaky.test (127.0.0.1) is in loopback`);
    expect(other.hits).toEqual([]);
  });

  it('lets the allow-list through, by name and by address', async () => {
    const byName = await allowing.request({ url: `http://ok.test:${ok.port}/a?b=1`, method: 'GET', timeoutMs: 2_000 });
    expect(byName.status).toBe(200);
    expect(JSON.parse(byName.text())).toEqual({ path: '/a?b=1', auth: null });
    expect(byName.header('x-two')).toBe('a, b');
    const byAddress = await allowing.request({ url: `http://127.0.0.1:${ok.port}/c`, method: 'POST', body: '{}', timeoutMs: 2_000 });
    expect(byAddress.status).toBe(200);
    expect(ok.hits).toEqual(['GET /a?b=1', 'POST /c']);
  });

  it('returns a redirect as is unless asked to follow; a followed hop to a private address is refused', async () => {
    const asIs = await allowing.request({ url: `http://ok.test:${ok.port}/redirect-private`, method: 'GET', timeoutMs: 2_000 });
    expect(asIs.status).toBe(302);
    const followed = await failure(
      allowing.request({ url: `http://ok.test:${ok.port}/redirect-private`, method: 'GET', timeoutMs: 2_000, followRedirects: true }),
    );
    expect(followed.code).toBe('destination_not_allowed');
    const metadata = await failure(
      allowing.request({ url: `http://ok.test:${ok.port}/redirect-metadata`, method: 'GET', timeoutMs: 2_000, followRedirects: true }),
    );
    expect(metadata.code).toBe('destination_not_allowed');
    expect(metadata.message).toContain('link-local');
    expect(other.hits).toEqual([]);
  });

  it('follows redirects like a browser: credentials stay on their origin, 303 becomes a GET, hops are bounded, loops fail', async () => {
    // Two allowed origins that echo what reached them; `hop.test` redirects in every way a provider might.
    const seen: Array<{ url?: string; method?: string; auth?: string; cookie?: string; body: string; type?: string }> = [];
    const echo = (req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({
          url: req.url,
          method: req.method,
          auth: req.headers.authorization,
          cookie: req.headers.cookie,
          body,
          type: req.headers['content-type'],
        });
        const go = (status: number, location: string) => {
          res.writeHead(status, { location });
          res.end('moved');
        };
        const m = /^\/(\d{3})\/(.*)$/.exec(req.url ?? '');
        if (m) return go(Number(m[1]), m[2].startsWith('http') ? decodeURIComponent(m[2]) : `/${m[2]}`);
        if (req.url === '/loop') return go(302, '/loop-2');
        if (req.url === '/loop-2') return go(302, '/loop');
        if (req.url?.startsWith('/chain/')) {
          const n = Number(req.url.slice('/chain/'.length));
          return go(302, `/chain/${n + 1}`);
        }
        res.end('done');
      });
    };
    const home = await serve(echo);
    const away = await serve(echo);
    zone['hop.test'] = ['127.0.0.1'];
    zone['away.test'] = ['127.0.0.1'];
    const client = new OutboundClient({
      policy: new DestinationPolicy({ allow: [`hop.test:${home.port}`, `away.test:${away.port}`] }),
      resolve,
      maxRedirections: 3,
    });
    const send = (path: string, method = 'GET', body?: string) =>
      client.request({
        url: `http://hop.test:${home.port}${path}`,
        method,
        body,
        headers: { authorization: 'Bearer secret', cookie: 'c=1', 'content-type': 'application/json' },
        timeoutMs: 2_000,
        followRedirects: true,
      });

    // Same origin: the credential goes along; another origin: it does not (nor the cookie).
    expect((await send('/302/same')).text()).toBe('done');
    expect(seen.at(-1)).toMatchObject({ url: '/same', auth: 'Bearer secret', cookie: 'c=1' });
    const awayUrl = encodeURIComponent(`http://away.test:${away.port}/there`);
    expect((await send(`/307/${awayUrl}`)).status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ url: '/there', method: 'GET', auth: undefined, cookie: undefined });

    // 303 turns a POST into a GET without its body or content headers; 307 repeats the POST with it; 302 after a POST is a GET.
    await send('/303/after-303', 'POST', '{"a":1}');
    expect(seen.at(-1)).toMatchObject({ url: '/after-303', method: 'GET', body: '', type: undefined });
    await send('/307/after-307', 'POST', '{"a":1}');
    expect(seen.at(-1)).toMatchObject({ url: '/after-307', method: 'POST', body: '{"a":1}', type: 'application/json' });
    await send('/302/after-302', 'POST', '{"a":1}');
    expect(seen.at(-1)).toMatchObject({ url: '/after-302', method: 'GET', body: '' });

    // At most 3 hops: the 4th redirect is the answer. A loop fails instead of spinning.
    const bounded = await send('/chain/0');
    expect(bounded.status).toBe(302);
    expect(bounded.header('location')).toBe('/chain/4');
    expect(seen.slice(-4).map((h) => h.url)).toEqual(['/chain/0', '/chain/1', '/chain/2', '/chain/3']);
    expect((await failure(send('/loop'))).message).toMatch(/loop/);
    // A hop out of the allow-list is refused before it is sent.
    const out = encodeURIComponent(`http://127.0.0.1:${other.port}/x`);
    expect((await failure(send(`/301/${out}`))).code).toBe('destination_not_allowed');
  });

  it('stops reading a 200 MB response at the cap without holding it in memory', async () => {
    const before = process.memoryUsage().rss;
    const err = await failure(allowing.request({ url: `http://ok.test:${ok.port}/zeros`, method: 'GET', timeoutMs: 10_000 }));
    expect(err.code).toBe('response_too_large');
    expect(err.message).toContain(`larger than ${1024 * 1024} bytes`);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    const declared = await failure(allowing.request({ url: `http://ok.test:${ok.port}/declared`, method: 'GET', timeoutMs: 2_000 }));
    expect(declared.code).toBe('response_too_large');
  });

  it('presents headers by lower-case name, repeats as an array, any name as a plain header; reads again after a refused body', async () => {
    const res = await allowing.request({ url: `http://ok.test:${ok.port}/headers`, method: 'GET', timeoutMs: 2_000 });
    expect(res.headers['x-two']).toEqual(['a', 'b']);
    expect(res.header('X-Two')).toBe('a, b');
    expect(res.header('__proto__')).toBe('p');
    expect(res.header('constructor')).toBe('c');
    expect(res.header('x-latin')).toBe('caf\u00e9');
    expect(res.header('toString')).toBeNull();
    expect(res.text()).toBe('{}');
    // The refused 200 MB body dropped its connection; the pool serves the next request on a good one.
    expect((await failure(allowing.request({ url: `http://ok.test:${ok.port}/zeros`, method: 'GET', timeoutMs: 10_000 }))).code).toBe(
      'response_too_large',
    );
    const again = await allowing.request({ url: `http://ok.test:${ok.port}/after`, method: 'GET', timeoutMs: 2_000 });
    expect(JSON.parse(again.text())).toEqual({ path: '/after', auth: null });
  });

  it('names the real cause of a transport failure', async () => {
    const closed = await serve(() => undefined);
    const port = closed.port;
    await new Promise<void>((r) => servers.pop()?.close(() => r()));
    const open = new OutboundClient({ policy: DestinationPolicy.permissive(), resolve });
    try {
      expect((await failure(open.request({ url: `http://127.0.0.1:${port}/`, method: 'GET', timeoutMs: 2_000 }))).code).toBe('connection_refused');
      expect((await failure(open.request({ url: 'http://nowhere.test/', method: 'GET', timeoutMs: 2_000 }))).code).toBe('dns_failed');
      const slow = await failure(open.request({ url: `http://127.0.0.1:${ok.port}/slow`, method: 'GET', timeoutMs: 200 }));
      expect(slow.code).toBe('timeout');
      expect(slow.name).toBe('TimeoutError');
      expect((await failure(open.request({ url: `https://127.0.0.1:${ok.port}/`, method: 'GET', timeoutMs: 2_000 }))).code).toBe('tls_failed');
    } finally {
      await open.close();
    }
  });

  it('offers the same checks behind the fetch signature (what the OAuth client takes)', async () => {
    const res = await allowing.fetch(`http://ok.test:${ok.port}/token`, { method: 'POST', body: 'grant_type=x', redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ path: '/token', auth: null });
    const refused = await failure(strict.fetch(`http://[::ffff:127.0.0.1]:${ok.port}/token`, { method: 'POST' }));
    expect(refused.code).toBe('destination_not_allowed');
    const rebound = await failure(strict.fetch(`http://rebind.test:${ok.port}/token`));
    expect(rebound.code).toBe('destination_not_allowed');
    const viaRedirect = await failure(allowing.fetch(`http://ok.test:${ok.port}/redirect-private`, { redirect: 'follow' }));
    expect(viaRedirect.code).toBe('destination_not_allowed');
    const huge = await failure(allowing.fetch(`http://ok.test:${ok.port}/zeros`));
    expect(huge.code).toBe('response_too_large');
    const slow = await failure(allowing.fetch(`http://ok.test:${ok.port}/slow`, { signal: AbortSignal.timeout(100) }));
    expect(slow.name).toBe('TimeoutError');
    expect(ok.hits).toEqual(['POST /token', 'GET /redirect-private', 'GET /zeros', 'GET /slow']);
    expect(other.hits).toEqual([]);
  });

  it('checks a URL before it is stored: the URL, then what its name resolves to now', async () => {
    await expect(strict.checkDestination('http://rebind.test/')).rejects.toMatchObject({ code: 'destination_not_allowed' });
    await expect(strict.checkDestination('http://[fd00:ec2::254]/')).rejects.toMatchObject({ code: 'destination_not_allowed' });
    // Not resolvable yet: left to the send-time check.
    await expect(strict.checkDestination('https://not-yet.test/v1')).resolves.toBeInstanceOf(URL);
    await expect(allowing.checkDestination(`http://ok.test:${ok.port}/`)).resolves.toBeInstanceOf(URL);
  });
});
