import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { undiciTransport } from './transport';

/** Two origins (two ports): `a` and `b`, each answering by path. */
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const servers: Server[] = [];
async function origin(handler: Handler): Promise<string> {
  const s = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => handler(req, res, body));
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
});

describe('undiciTransport', () => {
  const send = undiciTransport();
  const seenAtB: Array<{ url: string; authorization?: string }> = [];
  let a = '';
  let b = '';

  beforeAll(async () => {
    b = await origin((req, res) => {
      seenAtB.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"at":"b"}');
    });
    a = await origin((req, res, body) => {
      if (req.url === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json', 'retry-after': '7', 'x-multi': ['1', '2'] });
        res.end(JSON.stringify({ method: req.method, body, authorization: req.headers.authorization, type: req.headers['content-type'] }));
      } else if (req.url === '/same-origin') {
        res.writeHead(302, { location: '/echo' });
        res.end();
      } else if (req.url === '/elsewhere') {
        res.writeHead(307, { location: `${b}/landed` });
        res.end();
      } else if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        res.end();
      } else if (req.url === '/slow') {
        setTimeout(() => {
          res.writeHead(200);
          res.end('late');
        }, 1500);
      }
    });
  });

  it('sends method, headers and body and returns status, headers and text', async () => {
    const r = await send({
      url: `${a}/echo`,
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'text/plain' },
      body: 'hello',
      timeoutMs: 5000,
    });
    expect(r.status).toBe(201);
    expect(JSON.parse(r.text)).toEqual({ method: 'POST', body: 'hello', authorization: 'Bearer t', type: 'text/plain' });
    expect(r.header('Retry-After')).toBe('7');
    expect(r.header('x-multi')).toBe('1, 2');
    expect(r.header('x-absent')).toBeNull();
  });

  it('follows a same-origin redirect with the credential', async () => {
    const r = await send({ url: `${a}/same-origin`, method: 'GET', headers: { authorization: 'Bearer t' }, timeoutMs: 5000 });
    expect(r.status).toBe(201);
    expect(JSON.parse(r.text).authorization).toBe('Bearer t');
  });

  it('drops the Authorization header when a redirect leaves the origin', async () => {
    seenAtB.splice(0);
    const r = await send({ url: `${a}/elsewhere`, method: 'GET', headers: { authorization: 'Bearer secret' }, timeoutMs: 5000 });
    expect(r.status).toBe(200);
    expect(seenAtB).toEqual([{ url: '/landed', authorization: undefined }]);
  });

  it('stops after a bounded number of redirects', async () => {
    await expect(send({ url: `${a}/loop`, method: 'GET', headers: {}, timeoutMs: 5000 })).rejects.toThrow(/redirect/i);
  });

  it('reports a timeout by name (TimeoutError) when the answer does not come in time', async () => {
    await expect(send({ url: `${a}/slow`, method: 'GET', headers: {}, timeoutMs: 200 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects when nothing listens (a network error, not a timeout)', async () => {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const port = (s.address() as AddressInfo).port;
    await new Promise<void>((r) => s.close(() => r()));
    const err = await send({ url: `http://127.0.0.1:${port}/x`, method: 'GET', headers: {}, timeoutMs: 2000 }).catch((e: unknown) => e);
    // Not `toBeInstanceOf(Error)`: undici's errors come from another realm than jest's sandbox.
    expect(err).toMatchObject({ message: expect.any(String) });
    expect((err as Error).name).not.toBe('TimeoutError');
  });
});
