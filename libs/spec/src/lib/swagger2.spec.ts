import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCatalog } from './catalog-loader';

/** A vendor-shaped Swagger 2.0 file (host/basePath/schemes, securityDefinitions, body and formData parameters). */
const LEGACY = {
  swagger: '2.0',
  info: { title: 'Legacy Desk', description: 'Tickets for the support team.', version: '1.4' },
  host: 'api.legacydesk.example',
  basePath: '/v1',
  schemes: ['https'],
  consumes: ['application/json'],
  produces: ['application/json'],
  securityDefinitions: {
    desk_oauth: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://legacydesk.example/oauth/authorize',
      tokenUrl: 'https://legacydesk.example/oauth/token',
      scopes: { 'tickets:read': 'Read tickets', 'tickets:write': 'Create and update tickets' },
    },
  },
  paths: {
    '/tickets': {
      get: {
        operationId: 'tickets.list',
        summary: 'List tickets',
        parameters: [{ name: 'status', in: 'query', type: 'string', enum: ['open', 'closed'], required: false }],
        security: [{ desk_oauth: ['tickets:read'] }],
        responses: { '200': { description: 'The tickets', schema: { type: 'array', items: { $ref: '#/definitions/Ticket' } } } },
      },
      post: {
        operationId: 'tickets.create',
        summary: 'Create a ticket',
        parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewTicket' } }],
        security: [{ desk_oauth: ['tickets:write'] }],
        responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Ticket' } } },
      },
    },
  },
  definitions: {
    NewTicket: { type: 'object', required: ['subject'], properties: { subject: { type: 'string' }, body: { type: 'string' } } },
    Ticket: {
      type: 'object',
      required: ['id', 'subject'],
      properties: { id: { type: 'string' }, subject: { type: 'string' }, status: { type: 'string' } },
    },
  },
};

describe('Swagger 2.0 specs are converted on load', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'patchbay-swagger2-'));
    mkdirSync(join(dir, 'legacydesk'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads as an OpenAPI 3 provider: operations, scopes, OAuth URLs, base URL and the request body', () => {
    writeFileSync(join(dir, 'legacydesk', 'openapi.json'), JSON.stringify(LEGACY));
    const r = validateCatalog(dir);
    expect(r.errors).toEqual([]);
    const p = r.catalog.providers.find((x) => x.id === 'legacydesk');
    if (!p) throw new Error('legacydesk was not loaded');
    expect(p.openapiVersion).toMatch(/^3\.0\./);
    expect(p.baseUrl).toBe('https://api.legacydesk.example/v1');
    expect(p.oauth.authorizationUrl).toBe('https://legacydesk.example/oauth/authorize');
    expect(p.oauth.tokenUrl).toBe('https://legacydesk.example/oauth/token');
    expect(p.scopes.map((s) => s.scope).sort()).toEqual(['tickets:read', 'tickets:write']);
    const byId = new Map(p.operations.map((o) => [o.id, o]));
    const op = (id: string) => {
      const o = byId.get(id);
      if (!o) throw new Error(`no operation ${id}`);
      return o;
    };
    expect([...byId.keys()].sort()).toEqual(['tickets.create', 'tickets.list']);
    expect(op('tickets.list').requiredScopes).toEqual(['tickets:read']);
    expect(op('tickets.create').requiredScopes).toEqual(['tickets:write']);
    expect(op('tickets.create').method.toUpperCase()).toBe('POST');
    expect(JSON.stringify(op('tickets.create'))).toContain('subject');
  });

  it('names the original file when the converted document is still wrong', () => {
    const broken = JSON.parse(JSON.stringify(LEGACY).replace('#/definitions/NewTicket', '#/definitions/Missing'));
    writeFileSync(join(dir, 'legacydesk', 'openapi.json'), JSON.stringify(broken));
    const r = validateCatalog(dir);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.every((e) => e.file.endsWith('legacydesk/openapi.json'))).toBe(true);
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/Missing/);
  });
});
