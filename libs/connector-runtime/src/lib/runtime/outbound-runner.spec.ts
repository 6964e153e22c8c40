import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadCatalogSync, rewriteUrl, type ProviderModel } from '@patchbay/spec';
import { DestinationPolicy } from '../outbound/destination-policy';
import { OutboundClient } from '../outbound/outbound-client';
import { ConnectorError } from './connector-error';
import { OperationRunner, type ConnectionHandle } from './operation-runner';

// The runner sending through the outbound client: URLs from specs, from token responses (per-account API hosts) and
// from providers (next-page links) all meet the destination policy; provider answers meet the byte cap.
const catalog = loadCatalogSync(join(__dirname, '../../../../../specs'));
const provider = (id: string): ProviderModel => {
  const p = catalog.providers.find((x) => x.id === id);
  if (!p) throw new Error(`spec ${id} missing`);
  return p;
};

let server: Server;
let port = 0;
const hits: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url?.includes('huge')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
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
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ ok: true, channels: [], response_metadata: { next_cursor: '' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => (hits.length = 0));

const connection = (metadata: Record<string, string> = {}): ConnectionHandle => ({
  grantedScopes: ['api', 'refresh_token', 'channels:read', 'chat:write'],
  metadata,
  accessToken: async () => 'provider-token',
  refreshAfterRejection: async () => 'provider-token',
});

async function refusal(p: Promise<unknown>): Promise<ConnectorError> {
  const err = await p.catch((e: unknown) => e);
  if (!(err instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${String(err)}`);
  return err;
}

describe('OperationRunner through the OutboundClient', () => {
  const strict = new OutboundClient({ policy: new DestinationPolicy() });
  // What the API does with PATCHBAY_SANDBOX_URL: the sandbox origin (and only it) is allowed.
  const sandboxed = new OutboundClient({ policy: new DestinationPolicy({ allow: [] }), maxResponseBytes: 1024 * 1024 });
  afterAll(async () => {
    await strict.close();
    await sandboxed.close();
  });

  it('refuses a per-account API host from the token response that points inside the network; nothing is sent there', async () => {
    const sf = provider('salesforce');
    const key = sf.oauth.apiBaseUrlFrom as string;
    const runner = new OperationRunner({ outbound: strict, retry: { maxAttempts: 3, baseDelayMs: 1 } });
    for (const host of [`http://127.0.0.1:${port}`, `http://[::ffff:7f00:1]:${port}`, 'http://169.254.169.254']) {
      const err = await refusal(runner.run(sf, 'query', { q: 'SELECT Id FROM Lead' }, connection({ [key]: host })));
      expect(err.code).toBe('destination_not_allowed');
      expect(err.details.attempts).toBe(1);
    }
    expect(hits).toEqual([]);
  });

  it('refuses a next-page URL that points inside the network', async () => {
    const slack = provider('slack');
    const op = slack.operations.find((o) => o.pagination.style !== 'none') ?? slack.operations[0];
    const runner = new OperationRunner({ outbound: strict });
    const err = await refusal(runner.getUrl(slack, op, `http://127.0.0.1:${port}/next?page=2`, connection()));
    expect(err.code).toBe('destination_not_allowed');
    expect(hits).toEqual([]);
  });

  it('reaches an allowed origin, and refuses an oversized answer once (no retry of our own refusal)', async () => {
    const allowed = new OutboundClient({ policy: new DestinationPolicy({ allow: [`127.0.0.1:${port}`] }), maxResponseBytes: 1024 * 1024 });
    try {
      const base = `http://127.0.0.1:${port}`;
      const runner = new OperationRunner({ outbound: allowed, rewriteUrl: (u) => rewriteUrl(u, base), retry: { maxAttempts: 3, baseDelayMs: 1 } });
      const ok = await runner.run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'hi' } }, connection());
      expect(ok.status).toBe(200);
      const slack = provider('slack');
      const before = process.memoryUsage().rss;
      const err = await refusal(runner.getUrl(slack, slack.operations[0], `${base}/huge`, connection()));
      expect(err.code).toBe('response_too_large');
      expect(err.details.attempts).toBe(1);
      expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
      expect(hits.filter((h) => h.includes('huge'))).toHaveLength(1);
    } finally {
      await allowed.close();
    }
  });

  it('without an allowance the same origin is refused (the allowance is what lets it through)', async () => {
    const runner = new OperationRunner({ outbound: sandboxed, rewriteUrl: (u) => rewriteUrl(u, `http://127.0.0.1:${port}`) });
    const err = await refusal(runner.run(provider('slack'), 'chat.postMessage', { body: { channel: 'C1', text: 'hi' } }, connection()));
    expect(err.code).toBe('destination_not_allowed');
    expect(hits).toEqual([]);
  });
});
