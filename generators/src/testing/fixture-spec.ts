/**
 * A small hand-written provider that packs the naming edge cases the generators must survive: dotted ids, a reserved
 * word, a leading digit, two ids that collide once made identifiers, a missing operationId, a parameter name used in
 * two locations, an Authorization header, a 204 response, nested arrays of objects (TikTok/HubSpot shapes) and a
 * recursive schema. Written to disk and loaded through libs/spec's real loader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const FIXTURE_ID = 'acme-chat';

const scheme = (scopes: string[]) => [{ oauth: scopes }];

export function fixtureDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Acme Chat', version: '1.0.0' },
    servers: [{ url: 'https://api.acme.test/v1' }, { url: 'https://eu.acme.test/v1' }],
    security: scheme(['read']),
    paths: {
      '/chat.postMessage': {
        post: {
          operationId: 'chat.postMessage',
          summary: 'Post a message',
          description: 'Sends a message. Ends a comment? */ must be escaped.',
          security: scheme(['chat:write']),
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, channel: { type: 'string' } } },
              },
            },
          },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Message' } } } } },
        },
      },
      '/videos': {
        get: {
          operationId: 'video.list',
          summary: 'List videos',
          parameters: [
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'X-Trace-Id', in: 'header', schema: { type: 'string' } },
            { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json; charset=utf-8': {
                  schema: {
                    type: 'object',
                    properties: {
                      data: {
                        type: 'object',
                        properties: {
                          cursor: { type: 'string' },
                          has_more: { type: 'boolean' },
                          videos: {
                            type: 'array',
                            items: {
                              type: 'object',
                              properties: { id: { type: 'string' }, title: { type: 'string' }, like_count: { type: 'integer' } },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      '/pipelines': {
        get: {
          operationId: 'pipelines.getAll',
          summary: 'List pipelines and stages',
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      results: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            id: { type: 'string' },
                            label: { type: 'string' },
                            stages: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } } } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      '/items/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'users.list',
          summary: 'Get an item',
          parameters: [{ name: 'id', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } },
        },
        delete: {
          operationId: 'delete',
          summary: 'Delete an item',
          security: scheme(['write']),
          responses: { '204': { description: 'gone' } },
        },
      },
      '/users': {
        get: {
          operationId: 'users_list',
          summary: 'List users',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/User' } } } },
            },
          },
        },
        post: {
          summary: 'Create a user (no operationId)',
          security: scheme(['write']),
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
          responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
        },
      },
      '/2fa/enable': {
        post: {
          operationId: '2fa.enable',
          summary: 'Enable two-factor auth',
          security: scheme(['write']),
          responses: { '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: 'https://acme.test/oauth/authorize',
              tokenUrl: 'https://acme.test/oauth/token',
              scopes: { read: 'Read your data', write: 'Change your data', 'chat:write': 'Post messages' },
            },
          },
        },
      },
      schemas: {
        Message: { type: 'object', properties: { ok: { type: 'boolean' }, ts: { type: 'string' } } },
        User: {
          type: 'object',
          properties: { id: { type: 'string' }, 'e-mail': { type: 'string' }, manager: { $ref: '#/components/schemas/User' } },
        },
        Node: { type: 'object', properties: { id: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
      },
    },
  };
}

export function fixtureProviderYaml(): string {
  return stringify({ name: 'Acme Chat', category: 'Communication', description: 'Test provider with awkward names.' });
}

/** Writes `specs/acme-chat/{openapi.yaml,provider.yaml}` under `specsDir`; returns the provider folder. */
export function writeFixtureSpec(specsDir: string): string {
  const dir = join(specsDir, FIXTURE_ID);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openapi.yaml'), stringify(fixtureDocument()));
  writeFileSync(join(dir, 'provider.yaml'), fixtureProviderYaml());
  return dir;
}
