import { join } from 'node:path';
import { loadCatalog, loadCatalogSync, loadProvider } from './catalog-loader';
import type { Catalog, OperationModel, ProviderModel } from './model';
import { schemaNameMap, toJsonSafeSchema } from './schema-utils';
import { formatSpecError } from './spec-error';

const GOOD = join(__dirname, '..', '__fixtures__', 'good', 'specs');
const CAL = 'https://www.googleapis.com/auth/calendar';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog(GOOD);
});

function provider(id: string): ProviderModel {
  const p = catalog.providers.find((x) => x.id === id);
  if (!p) throw new Error(`no provider ${id}`);
  return p;
}
function op(providerId: string, id: string): OperationModel {
  const o = provider(providerId).operations.find((x) => x.id === id);
  if (!o) throw new Error(`no operation ${id}`);
  return o;
}

describe('loadCatalog on well-formed specs', () => {
  it('loads every provider folder and ignores _auth, _shared and dot folders', () => {
    expect(catalog.providers.map((p) => p.id)).toEqual(['dropin', 'gcal', 'slack-lite']);
  });

  it('is also available synchronously with the same result', () => {
    expect(loadCatalogSync(GOOD).providers.map((p) => p.operations.length)).toEqual(catalog.providers.map((p) => p.operations.length));
  });

  it('loads a single provider folder', async () => {
    const p = await loadProvider(join(GOOD, 'gcal'));
    expect(p.id).toBe('gcal');
    expect(p.oauth.group).toBe('google');
    // Files reached through $refs are inputs too (drift checks).
    expect(p.sourceFiles).toEqual(['specs/gcal/openapi.yaml', 'specs/gcal/provider.yaml', 'specs/_auth/google.yaml', 'specs/_shared/common.yaml']);
  });
});

describe('scopes: OR of AND-sets, least privilege', () => {
  it('reads the oauth2 authorizationCode flow with scope descriptions', () => {
    const g = provider('gcal');
    expect(g.oauth.authorizationUrl).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(g.oauth.tokenUrl).toBe('https://oauth2.googleapis.com/token');
    expect(g.oauth.refreshUrl).toBe('https://oauth2.googleapis.com/token');
    expect(g.scopes[3]).toEqual({ scope: CAL, description: 'See, edit, share, and delete all your calendars' });
    expect(g.scopes.map((s) => s.scope)).toEqual([
      'openid',
      'email',
      'profile',
      CAL,
      `${CAL}.events`,
      `${CAL}.events.owned`,
      `${CAL}.readonly`,
      `${CAL}.freebusy`,
    ]);
  });

  it('picks the smallest alternative (OR) and keeps all alternatives', () => {
    const o = op('gcal', 'events.list');
    expect(o.scopeAlternatives).toEqual([[`${CAL}.readonly`], [`${CAL}.events`, `${CAL}.readonly`]]);
    expect(o.requiredScopes).toEqual([`${CAL}.readonly`]);
  });

  it('breaks ties with the first listed alternative', () => {
    expect(op('gcal', 'events.insert').requiredScopes).toEqual([CAL]);
  });

  it('requires every scope of one requirement (AND)', () => {
    expect(op('dropin', 'post_things').requiredScopes).toEqual(['write', 'read']);
  });

  it('falls back to the document security when the operation has none', () => {
    expect(op('dropin', 'getThing').scopeAlternatives).toEqual([['read']]);
  });

  it('treats an empty requirement {} as "no scope needed"', () => {
    expect(op('gcal', 'get_colors').scopeAlternatives).toEqual([[]]);
    expect(op('gcal', 'get_colors').requiredScopes).toEqual([]);
  });

  it('ignores a non-oauth2 alternative when an oauth2 one exists', () => {
    expect(op('dropin', 'get_things').scopeAlternatives).toEqual([['read']]);
  });
});

describe('shared auth group and defaults', () => {
  it('pulls oauth/identity/errors/sandbox from specs/_auth/<group>.yaml; the provider overrides', () => {
    const g = provider('gcal');
    expect(g.oauth.group).toBe('google');
    expect(g.oauth.authorizeParams).toEqual({ access_type: 'offline', prompt: 'consent' });
    expect(g.oauth.incrementalParams).toEqual({ include_granted_scopes: 'true' });
    expect(g.oauth.defaultScopes).toEqual(['openid', 'email', 'profile']); // provider.yaml wins over the group
    expect(g.oauth.partialGrant).toBe(true);
    expect(g.oauth.revocation).toEqual({
      url: 'https://oauth2.googleapis.com/revoke',
      method: 'POST',
      bodyFormat: 'form',
      clientAuth: 'none',
      tokenParam: 'token',
      token: 'refresh',
      extraParams: {},
    });
    expect(g.identity).toEqual({
      source: 'request',
      request: { method: 'GET', url: 'https://openidconnect.googleapis.com/v1/userinfo' },
      idPath: 'sub',
      labelPath: 'email',
    });
    expect(g.errors.codePath).toBe('error.errors.0.reason');
    expect(g.errors.rateLimit).toEqual([{ status: 403, code: 'rateLimitExceeded' }]);
    expect(g.sandbox.forbidden).toEqual({ status: 403, code: 'insufficientPermissions' });
    expect(g.sandbox.notFound).toEqual({ status: 404, code: 'not_found' }); // default kept
    expect(g.sandbox.template).toEqual({
      error: { code: '{{status}}', message: '{{message}}', errors: [{ reason: '{{code}}', message: '{{message}}' }] },
    });
  });

  it('records which oauth and identity settings the files state (server metadata may fill only the rest)', () => {
    expect(provider('dropin').declared).toEqual({ oauth: [], identity: false });
    const g = provider('gcal').declared;
    expect(g?.identity).toBe(true);
    expect(g?.oauth).toEqual(expect.arrayContaining(['revocation', 'defaultScopes', 'authorizeParams']));
    expect(g?.oauth).not.toContain('clientAuth');
    expect(provider('slack-lite').declared?.oauth).toContain('clientAuth');
  });

  it('provider values replace the sandbox template wholesale and keep quirks', () => {
    const s = provider('slack-lite');
    expect(s.sandbox.template).toEqual({ ok: false, error: '{{code}}' });
    expect(s.sandbox.httpStatusOverride).toBe(200);
    expect(s.oauth.clientAuth).toBe('basic');
    expect(s.oauth.okField).toBe('ok');
    expect(s.oauth.scopeSeparator).toBe(',');
    expect(s.oauth.tokenResponse.scopeSeparator).toBe(','); // follows the request separator
    expect(s.oauth.group).toBe('slack-lite');
    expect(s.setupNotes).toEqual(['Invite the bot to the channel: /invite @YourApp']);
    expect(s.examplePrompts).toEqual([{ prompt: 'Post to #support', operations: ['chat.postMessage'] }]);
  });

  it('fills every field for a drop-in without provider.yaml', () => {
    const d = provider('dropin');
    expect(d.name).toBe('Drop-In Vendor');
    expect(d.category).toBe('Other');
    expect(d.description).toBe('A vendor API.');
    expect(d.sourceFiles).toEqual(['specs/dropin/openapi.json', 'specs/dropin/things.schema.json']);
    expect(d.identity).toEqual({ source: 'token', idPath: 'sub', labelPath: 'email' });
    expect(d.oauth).toMatchObject({
      group: 'dropin',
      clientAuth: 'body',
      bodyFormat: 'form',
      pkce: 'supported',
      pkceEncoding: 'S256',
      scopeSeparator: ' ',
      scopeParam: 'scope',
      clientIdParam: 'client_id',
      refresh: 'standard',
      refreshUrl: 'https://dropin.example/oauth/token',
      tokenResponse: {
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        expiresIn: 'expires_in',
        scope: 'scope',
        scopeSeparator: ' ',
        tokenType: 'token_type',
      },
    });
    expect(d.oauth.revocation).toBeUndefined();
    expect(d.errors).toEqual({ codePath: 'error.code', messagePath: 'error.message', rateLimit: [], authCodes: [] });
    expect(d.sandbox.unauthorized).toEqual({ status: 401, code: 'invalid_token' });
    expect(d.setupNotes).toEqual([]);
    expect(d.examplePrompts).toEqual([]);
    expect(d.aliases).toEqual([]);
    expect(d.keywords).toEqual([]);
    expect(d.defaultHeaders).toEqual({});
  });
});

describe('OpenAPI input forms', () => {
  it('reads OpenAPI 3.1 JSON', () => {
    expect(provider('dropin').openapiVersion).toBe('3.1.0');
    expect(provider('gcal').openapiVersion).toBe('3.0.3');
  });

  it('resolves $refs into other files (JSON next to the spec, YAML in a shared folder)', () => {
    const list = op('dropin', 'get_things');
    expect(list.responseSchema).toEqual({
      type: 'object',
      properties: { things: { type: 'array', items: { type: 'object' } }, next_cursor: { type: 'string' }, has_more: { type: 'boolean' } },
    });
    const problem = provider('gcal').schemas['Problem'];
    expect((problem['properties'] as Record<string, unknown>)['message']).toEqual({ type: 'string' });
  });

  it('keeps cyclic schemas as object cycles (no hang, no stack overflow) and can serialise them safely', () => {
    const g = provider('gcal');
    const event = g.schemas['Event'];
    const props = event['properties'] as Record<string, Record<string, unknown>>;
    expect(props['recurringEvent']).toBe(event); // self-recursion
    const attendee = (props['attendees']['items'] as Record<string, unknown>) ?? {};
    expect(attendee).toBe(g.schemas['Attendee']);
    expect((attendee['properties'] as Record<string, unknown>)['event']).toBe(event); // mutual recursion
    const problem = g.schemas['Problem'];
    expect((problem['properties'] as Record<string, unknown>)['cause']).toBe(problem); // recursion inside another file
    expect(() => JSON.stringify(event)).toThrow(/circular/i);
    const safe = toJsonSafeSchema(event, { names: schemaNameMap(g.schemas) });
    expect(safe).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string' },
        summary: { type: 'string' },
        recurringEvent: { $ref: '#/components/schemas/Event' },
        attendees: { type: 'array', items: { $ref: '#/components/schemas/Attendee' } },
      },
    });
    expect(JSON.parse(JSON.stringify(toJsonSafeSchema(problem)))).toEqual({
      type: 'object',
      properties: { message: { type: 'string' }, cause: { 'x-patchbay-circular': true } },
    });
  });

  it('shares one object per referenced schema (no expansion)', () => {
    expect(op('gcal', 'events.insert').responseSchema).toBe(provider('gcal').schemas['Event']);
    expect(op('gcal', 'events.insert').requestBody?.schema).toBe(provider('gcal').schemas['Event']);
  });
});

describe('operations', () => {
  it('derives deterministic ids from method + path when operationId is missing', () => {
    expect(provider('dropin').operations.map((o) => o.id)).toEqual(['get_things', 'post_things', 'things.search', 'getThing', 'getThing_2']);
    expect(op('gcal', 'get_colors').path).toBe('/colors');
  });

  it('renames duplicate ids with a deterministic suffix and warns', () => {
    expect(op('dropin', 'getThing_2').path).toBe('/things/{id}/');
    expect(catalog.warnings.map(formatSpecError)).toEqual([
      'specs/dropin/openapi.json: paths./things/{id}/.get.operationId: operation id "getThing" is already used by paths./things/{id}.get; renamed to "getThing_2"',
    ]);
  });

  it('substitutes server variables with their defaults', () => {
    expect(provider('gcal').baseUrl).toBe('https://www.googleapis.com/calendar/v3');
    expect(op('gcal', 'events.list').serverUrl).toBe('https://www.googleapis.com/calendar/v3');
  });

  it('uses operation-level servers and resolves them against the document server', () => {
    expect(op('gcal', 'freebusy.query').serverUrl).toBe('https://www.googleapis.com/calendar/v3-alt');
  });

  it('merges path-level and operation-level parameters (operation wins)', () => {
    const params = op('gcal', 'events.list').parameters;
    expect(params.map((p) => p.name)).toEqual(['calendarId', 'maxResults', 'pageToken']);
    expect(params[0]).toEqual({ name: 'calendarId', in: 'path', required: true, schema: { type: 'string' } });
    expect(params[1]).toEqual({
      name: 'maxResults',
      in: 'query',
      required: false,
      description: 'op-level wins',
      schema: { type: 'integer', maximum: 2500 },
    });
    expect(op('gcal', 'events.insert').parameters.map((p) => p.name)).toEqual(['calendarId', 'maxResults']);
  });

  it('prefers application/json, then form-urlencoded, then multipart', () => {
    expect(op('gcal', 'events.insert').requestBody).toMatchObject({ contentType: 'application/json', required: true });
    expect(op('slack-lite', 'chat.postMessage').requestBody?.contentType).toBe('application/json');
    expect(op('gcal', 'freebusy.query').requestBody).toMatchObject({ contentType: 'application/x-www-form-urlencoded', required: false });
  });

  it('takes the first 2xx status and its JSON schema', () => {
    expect(op('gcal', 'events.insert').successStatus).toBe(201);
    expect(op('gcal', 'freebusy.query').successStatus).toBe(200);
    expect(op('gcal', 'freebusy.query').responseSchema).toBeUndefined();
  });

  it('marks read-only: GET, x-patchbay-read, provider.yaml override', () => {
    expect(op('gcal', 'events.list').readOnly).toBe(true);
    expect(op('gcal', 'events.insert').readOnly).toBe(false);
    expect(op('gcal', 'freebusy.query').readOnly).toBe(true); // provider.yaml operations.freebusy.query.readOnly
    expect(op('slack-lite', 'search.messages').readOnly).toBe(true); // x-patchbay-read
    expect(op('slack-lite', 'chat.postMessage').readOnly).toBe(false);
  });
});

describe('pagination', () => {
  it('per-operation override > provider default > inference', () => {
    expect(op('gcal', 'events.list').pagination).toEqual({
      style: 'page_token',
      requestParam: 'pageToken',
      requestIn: 'query',
      nextPath: 'nextPageToken',
      itemsPath: 'items',
      limitParam: 'maxResults',
    });
  });

  it('applies the provider default only where its request parameter exists', () => {
    expect(op('gcal', 'events.insert').pagination).toEqual({ style: 'none' });
  });

  it('infers cursors from parameter names and finds next/items/has-more in the response schema', () => {
    expect(op('slack-lite', 'conversations.list').pagination).toEqual({
      style: 'cursor',
      requestParam: 'cursor',
      requestIn: 'query',
      nextPath: 'response_metadata.next_cursor',
      itemsPath: 'channels',
      limitParam: 'limit',
    });
    expect(op('dropin', 'get_things').pagination).toEqual({
      style: 'cursor',
      requestParam: 'cursor',
      requestIn: 'query',
      nextPath: 'next_cursor',
      itemsPath: 'things',
      hasMorePath: 'has_more',
    });
  });

  it('infers body cursors (POST search/query endpoints)', () => {
    expect(op('dropin', 'things.search').pagination).toEqual({
      style: 'cursor',
      requestParam: 'start_cursor',
      requestIn: 'body',
      nextPath: 'next_cursor',
      itemsPath: 'things',
      limitParam: 'page_size',
      hasMorePath: 'has_more',
    });
    expect(op('dropin', 'things.search').readOnly).toBe(true);
    expect(op('slack-lite', 'chat.postMessage').pagination).toEqual({ style: 'none' });
    expect(op('gcal', 'events.insert').pagination).toEqual({ style: 'none' });
  });

  it('an explicit style "none" drops everything inferred (the body cursor here is not a cursor)', () => {
    expect(op('slack-lite', 'search.messages').pagination).toEqual({ style: 'none', itemsPath: 'messages' });
  });
});
