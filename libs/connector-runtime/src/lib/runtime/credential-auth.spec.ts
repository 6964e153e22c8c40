import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadCatalogSync, rewriteUrl, type CredentialAuth, type ProviderModel } from '@patchbay/spec';
import { ConnectorError } from './connector-error';
import { applyCredential, credentialProblem, type CredentialSecret } from './credential-auth';
import { OperationRunner, type ConnectionHandle } from './operation-runner';
import { DestinationPolicy } from '../outbound/destination-policy';
import { OutboundClient } from '../outbound/outbound-client';

// The API test fixtures: a bearer-only OpenAPI 3 spec and a Swagger 2.0 spec with an apiKey header.
const catalog = loadCatalogSync(join(__dirname, '../../../../../apps/api/test/fixtures/specs'));
const provider = (id: string): ProviderModel => catalog.providers.find((p) => p.id === id) as ProviderModel;

let server: Server;
let base: string;
let seen: IncomingMessage[] = [];
let status = 200;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          status === 200
            ? { tags: [], meta: { total: 0 }, TotalCount: 0, Templates: [] }
            : { id: 'unauthorized', message: 'Unable to authenticate you' },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
  status = 200;
});

const runner = () => new OperationRunner({ rewriteUrl: (u) => rewriteUrl(u, base), sleep: async () => undefined });
function handle(secret: CredentialSecret): ConnectionHandle & { tokenAsked: number } {
  const h = {
    tokenAsked: 0,
    grantedScopes: [],
    metadata: {},
    accessToken: async () => {
      h.tokenAsked++;
      return 'never';
    },
    refreshAfterRejection: async () => {
      throw new Error('a credential is never refreshed');
    },
    credential: async () => secret,
  };
  return h;
}

describe('credential connectors in the runtime', () => {
  it('sends a bearer token as Authorization: Bearer', async () => {
    const h = handle({ kind: 'bearer', token: 'do-token-1' });
    const r = await runner().run(provider('digitalocean'), 'tags_list', {}, h);
    expect(r.status).toBe(200);
    expect(seen[0].headers['authorization']).toBe('Bearer do-token-1');
    expect(h.tokenAsked).toBe(0);
  });

  it('sends an apiKey in its header (Swagger 2.0 spec) and no Authorization header', async () => {
    await runner().run(provider('postmark'), 'listTemplates', { Count: 10, Offset: 0 }, handle({ kind: 'apiKey', apiKey: 'pm-key' }));
    expect(seen[0].headers['x-postmark-server-token']).toBe('pm-key');
    expect(seen[0].headers['authorization']).toBeUndefined();
    expect(seen[0].url).toBe('/api.postmarkapp.com/templates?Count=10&Offset=0');
  });

  it('a refused credential fails once with auth_failed (no refresh, no retry)', async () => {
    status = 401;
    const err = await runner()
      .run(provider('digitalocean'), 'tags_list', {}, handle({ kind: 'bearer', token: 'bad' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).code).toBe('auth_failed');
    expect((err as ConnectorError).message).toMatch(/refused the stored credential/);
    expect(seen).toHaveLength(1);
  });

  it('a credential connector called without a credential is refused before any request', async () => {
    const h: ConnectionHandle = { grantedScopes: [], metadata: {}, accessToken: async () => 't', refreshAfterRejection: async () => 't' };
    await expect(runner().run(provider('digitalocean'), 'tags_list', {}, h)).rejects.toMatchObject({ code: 'auth_failed' });
    expect(seen).toHaveLength(0);
  });

  it("validates input against a vendor pattern that is only valid without the regex u flag (DigitalOcean's tag name)", async () => {
    const h = handle({ kind: 'bearer', token: 't' });
    await runner().run(provider('digitalocean'), 'tags_create', { body: { name: 'env:prod' } }, h);
    expect(seen).toHaveLength(1);
    await expect(runner().run(provider('digitalocean'), 'tags_create', { body: { name: 'env prod' } }, h)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(seen).toHaveLength(1);
  });

  it('applies basic and query apiKey credentials, and refuses secrets of the wrong kind or with control characters', () => {
    const basic: CredentialAuth = { kind: 'basic', schemeName: 'b' };
    const req = { url: 'https://api.example.com/x?a=1', method: 'GET', headers: {} as Record<string, string> };
    applyCredential(req, basic, { kind: 'basic', username: 'ada', password: 'p@ss:word' });
    expect(req.headers['authorization']).toBe(`Basic ${Buffer.from('ada:p@ss:word').toString('base64')}`);
    const query: CredentialAuth = { kind: 'apiKey', schemeName: 'k', in: 'query', name: 'api_key' };
    applyCredential(req, query, { kind: 'apiKey', apiKey: 'k&1' });
    expect(req.url).toBe('https://api.example.com/x?a=1&api_key=k%261');
    expect(credentialProblem(basic, { kind: 'bearer', token: 't' })).toBe('this connector takes a user name and password, not a bearer token');
    expect(credentialProblem(query, { kind: 'apiKey', apiKey: 'a\r\nX-Injected: 1' })).toBe('the API key contains control characters');
    expect(credentialProblem(basic, { kind: 'basic', username: 'a:b', password: 'c' })).toMatch(/may not contain ":"/);
    expect(credentialProblem(query, { kind: 'apiKey', apiKey: '' })).toBe('the API key is empty');
  });

  it('an API key in a vendor header never follows a redirect to another host (default and outbound transports)', async () => {
    const other: IncomingMessage[] = [];
    const elsewhere = createServer((req, res) => {
      other.push(req);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"TotalCount":0,"Templates":[]}');
    });
    await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
    const otherPort = (elsewhere.address() as AddressInfo).port;
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${otherPort}/templates` });
      res.end();
    });
    await new Promise<void>((r) => redirecting.listen(0, '127.0.0.1', r));
    const from = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
    const outbound = new OutboundClient({ policy: new DestinationPolicy({ allow: [from.slice(7), `127.0.0.1:${otherPort}`] }) });
    try {
      for (const r of [
        new OperationRunner({ rewriteUrl: (u) => rewriteUrl(u, from), sleep: async () => undefined }),
        new OperationRunner({ rewriteUrl: (u) => rewriteUrl(u, from), sleep: async () => undefined, outbound }),
      ]) {
        await expect(
          r.run(provider('postmark'), 'listTemplates', { Count: 1, Offset: 0 }, handle({ kind: 'apiKey', apiKey: 'pm-key' })),
        ).rejects.toBeInstanceOf(ConnectorError);
      }
      expect(other).toHaveLength(0);
    } finally {
      await outbound.close();
      await new Promise<void>((r) => redirecting.close(() => r()));
      await new Promise<void>((r) => elsewhere.close(() => r()));
    }
  });
});
