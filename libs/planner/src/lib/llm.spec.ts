import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadCatalogSync } from '@patchbay/spec';
import { createLlmPlanner } from './llm';
import { createPlanner } from './planner';

// The adapter against a local fake chat-completions endpoint: its proposal is used when it validates against the
// catalog, and the offline planner answers when it is wrong, slow, failing or unreadable.
const catalog = loadCatalogSync(join(__dirname, '..', '..', '..', '..', 'specs'));
const offline = createPlanner(catalog);
const SEED = 'Post a message to the #support channel when a new ticket is created.';

let server: Server;
let url: string;
let answer: (body: Record<string, unknown>, req: IncomingMessage) => { status?: number; content?: string; delayMs?: number; raw?: string };
const seen: Array<{ body: Record<string, unknown>; auth?: string; path?: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as Record<string, unknown>;
      seen.push({ body, auth: req.headers.authorization, path: req.url });
      const a = answer(body, req);
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
        res.end(a.raw ?? JSON.stringify({ choices: [{ message: { role: 'assistant', content: a.content ?? '' } }] }));
      }, a.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const proposal = (o: unknown) => ({ content: JSON.stringify(o) });

describe('LLM adapter', () => {
  it('uses a valid proposal, with scopes and readOnly from the catalog, and sends model, key and the catalog', async () => {
    answer = () =>
      proposal({
        reply: 'Posting to #support on each new ticket.',
        operations: [{ provider: 'slack', operationId: 'chat.postMessage', params: { 'body.channel': '#support' }, requiredScopes: ['admin'] }],
        trigger: { type: 'event', event: 'ticket.created' },
      });
    const llm = createLlmPlanner(catalog, offline, { url, model: 'test-model', apiKey: 'k-123' });
    const r = await llm.plan(SEED);
    expect(r.source).toBe('llm');
    expect(r.operations).toEqual([
      expect.objectContaining({
        provider: 'slack',
        operationId: 'chat.postMessage',
        params: { 'body.channel': '#support' },
        readOnly: false,
        requiredScopes: ['chat:write'],
      }),
    ]);
    expect(r.trigger).toMatchObject({ type: 'event', event: 'ticket.created' });
    const last = seen[seen.length - 1];
    expect(last.path).toBe('/v1/chat/completions');
    expect(last.auth).toBe('Bearer k-123');
    expect(last.body['model']).toBe('test-model');
    expect(JSON.stringify(last.body['messages'])).toContain('chat.postMessage');
  });

  it.each([
    ['an unknown tool', { operations: [{ provider: 'jira', operationId: 'issues.create' }], trigger: { type: 'http' } }, 'unknown tool'],
    ['an unknown operation', { operations: [{ provider: 'slack', operationId: 'chat.delete' }], trigger: { type: 'http' } }, 'unknown operation'],
    [
      'an unknown input',
      { operations: [{ provider: 'slack', operationId: 'chat.postMessage', params: { token: 'x' } }], trigger: { type: 'http' } },
      'unknown input',
    ],
    [
      'a bad cron',
      { operations: [{ provider: 'slack', operationId: 'chat.postMessage' }], trigger: { type: 'schedule', cron: '99 99 * * *' } },
      'bad cron',
    ],
    ['a bad trigger', { operations: [{ provider: 'slack', operationId: 'chat.postMessage' }], trigger: { type: 'sometimes' } }, 'bad trigger'],
  ])('rejects %s and answers offline', async (_label, body, reason) => {
    answer = () => proposal(body);
    const r = await createLlmPlanner(catalog, offline, { url }).plan(SEED);
    expect(r.source).toBe('offline');
    expect(r.rejected).toContain(reason);
    expect(r).toMatchObject({
      kind: 'plan',
      operations: [expect.objectContaining({ operationId: 'chat.postMessage' })],
      trigger: { event: 'ticket.created' },
    });
  });

  it('falls back when the model is slow, failing or unreadable', async () => {
    answer = () => ({ delayMs: 500, content: '{}' });
    const slow = await createLlmPlanner(catalog, offline, { url, timeoutMs: 100 }).plan(SEED);
    expect(slow).toMatchObject({ source: 'offline', rejected: 'timeout', kind: 'plan' });
    answer = () => ({ status: 500, content: 'boom' });
    expect(await createLlmPlanner(catalog, offline, { url }).plan(SEED)).toMatchObject({ source: 'offline', rejected: 'model answered 500' });
    answer = () => ({ raw: 'not json at all' });
    expect((await createLlmPlanner(catalog, offline, { url }).plan(SEED)).source).toBe('offline');
    answer = () => ({ content: 'I think you should use Slack.' });
    expect(await createLlmPlanner(catalog, offline, { url }).plan(SEED)).toMatchObject({ source: 'offline', rejected: 'no JSON in the answer' });
    const down = await createLlmPlanner(catalog, offline, { url: 'http://127.0.0.1:1/v1' }).plan(SEED);
    expect(down.source).toBe('offline');
  });

  it('never overrides a question or an unknown tool', async () => {
    answer = () => proposal({ operations: [{ provider: 'hubspot', operationId: 'contacts.create' }], trigger: { type: 'http' } });
    const before = seen.length;
    expect(await createLlmPlanner(catalog, offline, { url }).plan('Add new customers to my CRM.')).toMatchObject({
      kind: 'question',
      source: 'offline',
    });
    expect(await createLlmPlanner(catalog, offline, { url }).plan('Create a Jira issue for each bug.')).toMatchObject({
      kind: 'unknown_tool',
      source: 'offline',
    });
    expect(seen.length).toBe(before);
  });
});
