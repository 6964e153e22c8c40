import type { Catalog, OAuthConfig, OperationModel, ProviderModel } from '@patchbay/spec';

/** Hand-made providers for quirks no spec in specs/ exercises (yet). Hosts are fictional. */

type OAuthOverrides = Partial<Omit<OAuthConfig, 'tokenResponse'>> & { tokenResponse?: Partial<OAuthConfig['tokenResponse']> };

export function fixtureProvider(id: string, host: string, oauth: OAuthOverrides = {}, extra: Partial<ProviderModel> = {}): ProviderModel {
  const base: OAuthConfig = {
    group: id,
    authorizationUrl: `https://auth.${host}/oauth/authorize`,
    tokenUrl: `https://auth.${host}/oauth/token`,
    refreshUrl: `https://auth.${host}/oauth/token`,
    clientAuth: 'body',
    bodyFormat: 'form',
    pkce: 'supported',
    pkceEncoding: 'S256',
    scopeSeparator: ' ',
    scopeParam: 'scope',
    clientIdParam: 'client_id',
    authorizeParams: {},
    incrementalParams: {},
    tokenParams: {},
    refreshParams: {},
    defaultScopes: [],
    partialGrant: false,
    tokenResponse: {
      accessToken: 'access_token',
      refreshToken: 'refresh_token',
      expiresIn: 'expires_in',
      scope: 'scope',
      scopeSeparator: ' ',
      tokenType: 'token_type',
    },
    refresh: 'standard',
    metadata: {},
  };
  const { tokenResponse, ...rest } = oauth;
  const items: OperationModel = {
    id: 'items.list',
    method: 'get',
    path: '/items',
    serverUrl: `https://api.${host}/v1`,
    summary: 'List items',
    tags: [],
    scopeAlternatives: [['items.read']],
    requiredScopes: ['items.read'],
    parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 5 } }],
    responseSchema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string', example: 'Widget' } } },
        },
        next: { type: 'string', example: 'https://api.example.test/v1/items?page=2' },
      },
    },
    successStatus: 200,
    pagination: { style: 'next_url', nextPath: 'next', itemsPath: 'items', limitParam: 'limit' },
    readOnly: true,
  };
  const create: OperationModel = {
    ...items,
    id: 'items.create',
    method: 'post',
    scopeAlternatives: [['items.write']],
    requiredScopes: ['items.write'],
    parameters: [],
    requestBody: {
      required: true,
      contentType: 'application/json',
      schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } }, additionalProperties: false },
    },
    responseSchema: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    successStatus: 201,
    pagination: { style: 'none' },
    readOnly: false,
  };
  return {
    id,
    name: id.toUpperCase(),
    category: 'Test',
    description: 'fixture',
    authType: 'oauth2',
    oauth: { ...base, ...rest, tokenResponse: { ...base.tokenResponse, ...tokenResponse } },
    identity: { source: 'token', idPath: 'user.id', labelPath: 'user.email' },
    errors: { codePath: 'error.code', messagePath: 'error.message', rateLimit: [{ status: 429 }], authCodes: ['unauthorized'] },
    sandbox: {
      template: { error: { code: '{{code}}', message: '{{message}}', status: '{{status}}' } },
      badRequest: { status: 400, code: 'bad_request' },
      forbidden: { status: 403, code: 'forbidden' },
      unauthorized: { status: 401, code: 'unauthorized' },
      notFound: { status: 404, code: 'not_found' },
      rateLimit: { status: 429, code: 'slow_down', retryAfter: true },
    },
    scopes: [
      { scope: 'items.read', description: 'See your items' },
      { scope: 'items.write', description: 'Create items' },
      { scope: 'profile', description: 'Know who you are' },
    ],
    baseUrl: `https://api.${host}/v1`,
    defaultHeaders: {},
    operations: [items, create],
    setupNotes: [],
    examplePrompts: [],
    sourceFiles: [],
    openapiVersion: '3.0.3',
    schemas: {},
    ...extra,
  };
}

export function fixtureCatalog(): Catalog {
  return {
    warnings: [],
    providers: [
      // Desktop-style hex PKCE (required), renamed client id, comma scopes, partial grant with a callback list, rotating refresh.
      fixtureProvider('hexapp', 'hex.test', {
        pkce: 'required',
        pkceEncoding: 'S256-hex',
        clientIdParam: 'client_key',
        scopeSeparator: ',',
        tokenResponse: { scopeSeparator: ',' },
        partialGrant: true,
        defaultScopes: ['profile'],
        callbackScopesParam: 'scopes',
        refresh: 'rotating',
        incrementalParams: { include_granted_scopes: 'true' },
      }),
      // Org-hosted API: instance URL from the token response, no expires_in (sandbox hints), DELETE revocation with the token in the path.
      fixtureProvider(
        'orgapp',
        'org.test',
        {
          apiBaseUrlFrom: 'instance_url',
          metadata: { instance_url: 'instance_url' },
          revocation: {
            url: 'https://auth.org.test/oauth/tokens/{token}',
            method: 'DELETE',
            bodyFormat: 'form',
            clientAuth: 'none',
            tokenParam: 'token',
            token: 'refresh',
            extraParams: {},
          },
        },
        {
          baseUrl: 'https://{tenant}.org.test/v1',
          operations: fixtureProvider('orgapp', 'org.test').operations.map((o) => ({ ...o, serverUrl: 'https://{tenant}.org.test/v1' })),
          sandbox: {
            template: [{ message: '{{message}}', errorCode: '{{code}}' }],
            badRequest: { status: 400, code: 'INVALID' },
            forbidden: { status: 403, code: 'NOPE' },
            unauthorized: { status: 401, code: 'SESSION' },
            notFound: { status: 404, code: 'MISSING' },
            rateLimit: { status: 403, code: 'LIMIT', retryAfter: false },
            omitTokenFields: ['expires_in'],
          } as ProviderModel['sandbox'],
        },
      ),
    ],
  };
}
