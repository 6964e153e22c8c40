import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCatalog, loadProvider, validateCatalog } from './catalog-loader';
import { formatSpecError, SpecValidationError } from './spec-error';

const SPECS = join(__dirname, '..', '__fixtures__', 'invalid', 'specs');

/** One failing fixture per rule under __fixtures__/invalid/specs/<case>/, with the exact message it must produce. */
const RULES: Array<[string, string]> = [
  [
    'YAML syntax error (with line)',
    'specs/yaml-syntax/openapi.yaml: invalid YAML at line 3, column 10: Nested mappings are not allowed in compact mappings',
  ],
  ['JSON syntax error (with line)', 'specs/json-syntax/openapi.json: invalid JSON at line 3, column 1: Expected double-quoted property name'],
  [
    'provider.yaml syntax error',
    'specs/provider-yaml-syntax/provider.yaml: invalid YAML at line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  ['Swagger 2.0 is not OpenAPI 3', 'specs/swagger2/openapi.yaml: not an OpenAPI 3.x document (Swagger 1.2; convert it to OpenAPI 3)'],
  ['unsupported openapi version', 'specs/wrong-version/openapi.yaml: openapi: unsupported version "4.0.0" (expected 3.0.x or 3.1.x)'],
  ['missing paths', 'specs/no-paths/openapi.yaml: paths: is required'],
  [
    'no oauth2 authorizationCode scheme (with provider.yaml)',
    'specs/no-oauth/openapi.yaml: components.securitySchemes: no oauth2 security scheme with an authorizationCode flow, nor an apiKey (header or query), http bearer or http basic scheme',
  ],
  [
    'undeclared scope',
    'specs/bad-scope/openapi.yaml: paths./chat.postMessage.post.security[0].oauth: scope "chat:wrte" is not declared in components.securitySchemes.oauth.flows.authorizationCode.scopes',
  ],
  [
    'unknown security scheme (top level)',
    'specs/unknown-scheme/openapi.yaml: security[0].bearer: security scheme "bearer" is not declared in components.securitySchemes',
  ],
  [
    'unknown security scheme (operation)',
    'specs/unknown-scheme/openapi.yaml: paths./x.get.security[1].bearer: security scheme "bearer" is not declared in components.securitySchemes',
  ],
  ['provider.yaml schema: enum', 'specs/bad-provider-yaml/provider.yaml: oauth.clientAuth: must be one of body, basic'],
  ['provider.yaml schema: required', 'specs/bad-provider-yaml/provider.yaml: category: is required'],
  ['provider.yaml schema: unknown key', 'specs/bad-provider-yaml/provider.yaml: colour: is not a known property'],
  ['provider.yaml schema: type', 'specs/bad-provider-yaml/provider.yaml: oauth.scopeSeparator: must be string'],
  ['provider.yaml schema: nested required', 'specs/bad-provider-yaml/provider.yaml: examplePrompts[0].prompt: is required'],
  [
    'provider.yaml schema: panel hint path',
    'specs/bad-panel-hint/provider.yaml: operations.chat.postMessage.panel.columns[1]: must be a path: keys separated by "." (`*` for any key), alternatives by "|", no spaces',
  ],
  [
    'provider.yaml schema: panel hint format',
    'specs/bad-panel-hint/provider.yaml: operations.chat.postMessage.panel.formats.ts: must be one of text, date, datetime, url, number, boolean',
  ],
  ['provider.yaml schema: panel input value', 'specs/bad-panel-hint/provider.yaml: operations.chat.postMessage.panel.inputs.channel: must be string'],
  ['unknown auth group', 'specs/unknown-auth-group/provider.yaml: auth: unknown auth group "gogle" (specs/_auth/gogle.yaml does not exist)'],
  ['auth group file failing the schema', 'specs/_auth/broken.yaml: oauth.pkce: must be one of required, supported, unsupported'],
  ['identity.request missing', 'specs/uses-broken-group/provider.yaml: identity.request: is required when identity.source is request'],
  [
    'example prompt naming an unknown operation',
    'specs/unknown-operations/provider.yaml: examplePrompts[0].operations[1]: unknown operation "chat.postMesage" (not an operationId in specs/unknown-operations/openapi.yaml)',
  ],
  [
    'operations.<id> naming an unknown operation',
    'specs/unknown-operations/provider.yaml: operations.events.lst: unknown operation "events.lst" (not an operationId in specs/unknown-operations/openapi.yaml)',
  ],
  [
    "choices: label not in the list operation's items",
    'specs/bad-choices/provider.yaml: operations.chat.postMessage.inputs.channel.choices.label: "title" is not in the items of channels of conversations.list',
  ],
  [
    'choices: not a read operation',
    'specs/bad-choices/provider.yaml: operations.chat.postMessage.inputs.thread.choices.operation: chat.postMessage is not a read operation, so it cannot list choices',
  ],
  [
    'choices: unknown operation',
    'specs/bad-choices/provider.yaml: operations.chat.postMessage.inputs.user.choices.operation: unknown operation "users.list"',
  ],
  [
    'choices: items not in the response',
    'specs/bad-choices/provider.yaml: operations.chat.postMessage.inputs.team.choices.items: "teams" is not in the response of conversations.list',
  ],
  [
    'choices: not an input of the operation',
    'specs/bad-choices/provider.yaml: operations.chat.postMessage.inputs.nope: "nope" is not an input of chat.postMessage (a parameter or a request body property)',
  ],
  ['invalid provider id', 'specs/Bad_Id: invalid provider id "Bad_Id": folder names must be kebab-case (a-z, 0-9, "-", starting with a letter)'],
  ['missing OpenAPI file', 'specs/no-openapi: no openapi.yaml or openapi.json in the provider folder'],
  [
    'unresolvable local $ref',
    'specs/bad-ref/openapi.yaml: paths./x.get.responses.200.content.application/json.schema.$ref: cannot resolve $ref "#/components/schemas/Nope": components.schemas.Nope does not exist in specs/bad-ref/openapi.yaml',
  ],
  [
    'unresolvable file $ref',
    'specs/bad-ref/openapi.yaml: paths./y.get.parameters[0].$ref: cannot resolve $ref "./missing.yaml#/Param": file specs/bad-ref/missing.yaml not found',
  ],
  [
    '$ref loop without a value',
    'specs/bad-ref/openapi.yaml: components.schemas.A.$ref: cannot resolve $ref "#/components/schemas/B": the $ref chain loops back on itself and never reaches a value',
  ],
  [
    '$ref leaving the specs directory',
    'specs/bad-ref/openapi.yaml: paths./z.get.responses.200.content.application/json.schema.$ref: cannot resolve $ref "../../../good/specs/_shared/common.yaml#/components/schemas/Error": the file is outside the specs directory',
  ],
  [
    'server variable without default',
    'specs/server-var/openapi.yaml: servers[0].url: server variable "region" has no default in variables.region.default',
  ],
  [
    'path template parameter not declared',
    'specs/bad-extras/openapi.yaml: paths./items/{itemId}.get: path parameter "itemId" is not declared (add it to parameters with in: path)',
  ],
  [
    'default scope not declared',
    'specs/bad-extras/provider.yaml: oauth.defaultScopes[1]: scope "offline_access" is not declared in components.securitySchemes.oauth.flows.authorizationCode.scopes of specs/bad-extras/openapi.yaml',
  ],
  ['apiBaseUrlFrom not a metadata key', 'specs/bad-extras/provider.yaml: oauth.apiBaseUrlFrom: "instanceUrl" is not a key of oauth.metadata'],
  [
    'pagination override naming a missing parameter',
    'specs/bad-extras/provider.yaml: operations.items.list.pagination.requestParam: "pageToken" is not a parameter of operation items.list',
  ],
  ['oauth2 flow without tokenUrl', 'specs/no-token-url/openapi.yaml: components.securitySchemes.oauth.flows.authorizationCode.tokenUrl: is required'],
  ['no server at all', 'specs/no-servers/openapi.yaml: servers: no server URL (add servers to the document or baseUrl to provider.yaml)'],
  [
    'relative server without base',
    'specs/relative-server/openapi.yaml: servers[0].url: server URL "/v1" is relative and no absolute base is known (add baseUrl to provider.yaml)',
  ],
];

/** Errors that follow from the fixtures above but are not a rule of their own (same loop seen from other refs). */
const ALSO_EXPECTED = [
  'specs/bad-ref/openapi.yaml: components.schemas.B.$ref: cannot resolve $ref "#/components/schemas/A": the $ref chain loops back on itself and never reaches a value',
  'specs/bad-ref/openapi.yaml: paths./y.get.responses.200.content.application/json.schema.$ref: cannot resolve $ref "#/components/schemas/A": the $ref chain loops back on itself and never reaches a value',
];

describe('validation rules (each has a failing fixture)', () => {
  const result = validateCatalog(SPECS);
  const lines = result.errors.map(formatSpecError);

  it.each(RULES)('%s', (_rule, expected) => {
    expect(lines).toContain(expected);
  });

  it('reports exactly these errors: all of them, across all files, nothing else', () => {
    expect([...lines].sort()).toEqual([...RULES.map((r) => r[1]), ...ALSO_EXPECTED].sort());
  });

  it('keeps loading the valid provider next to broken ones, and drops every broken one', () => {
    expect(result.catalog.providers.map((p) => p.id)).toEqual(['fine']);
  });

  it('loadCatalog throws ONE SpecValidationError carrying every error', async () => {
    const err = await loadCatalog(SPECS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SpecValidationError);
    const sve = err as SpecValidationError;
    expect(sve.errors.map(formatSpecError).sort()).toEqual([...lines].sort());
    expect(sve.message.split('\n')[0]).toBe(`${lines.length} spec errors:`);
    expect(sve.message).toContain(RULES[7][1]);
  });

  it('names files relative to the specs directory parent, whatever the cwd', () => {
    const cwd = process.cwd();
    try {
      process.chdir(mkdtempSync(join(tmpdir(), 'spec-cwd-')));
      const again = validateCatalog(relative(process.cwd(), SPECS));
      expect(again.errors.map(formatSpecError).sort()).toEqual([...lines].sort());
    } finally {
      process.chdir(cwd);
    }
  });

  it('loadProvider rejects one broken provider with its errors only', async () => {
    await expect(loadProvider(join(SPECS, 'bad-scope'))).rejects.toMatchObject({
      errors: [
        {
          file: 'specs/bad-scope/openapi.yaml',
          path: 'paths./chat.postMessage.post.security[0].oauth',
          message: 'scope "chat:wrte" is not declared in components.securitySchemes.oauth.flows.authorizationCode.scopes',
        },
      ],
    });
  });
});

describe('warnings (unsupported constructs never crash and skip only their operation)', () => {
  const WARN_SPECS = join(__dirname, '..', '__fixtures__', 'warnings', 'specs');
  const expectedWarnings = [
    'specs/keys-only/openapi.yaml: components.securitySchemes.key.scheme: http scheme "digest" is not supported (supported: apiKey in header or query, http bearer, http basic); scheme ignored',
    'specs/keys-only/openapi.yaml: components.securitySchemes: no oauth2 security scheme with an authorizationCode flow, nor an apiKey (header or query), http bearer or http basic scheme; provider skipped (add one, or a provider.yaml, to load it)',
    'specs/quirky/openapi.yaml: webhooks: webhooks are not supported; ignored',
    'specs/quirky/openapi.yaml: paths./session.get.parameters[0].in: parameter "sid" in: cookie is not supported; operation skipped',
    'specs/quirky/openapi.yaml: paths./upload.post.requestBody.content: no supported media type (application/octet-stream); operation skipped',
    'specs/quirky/openapi.yaml: paths./things.head: HTTP method HEAD is not supported; operation skipped',
    'specs/quirky/openapi.yaml: paths./subscribe.post.callbacks: callbacks are not supported; ignored',
    'specs/quirky/openapi.yaml: paths./admin.get.security: no OAuth2 alternative (only other security schemes); operation skipped',
    'specs/quirky/provider.yaml: icon: file "missing.svg" does not exist in specs/quirky',
  ];

  it('loads with exactly these warnings and keeps the supported operations', async () => {
    const seen: string[] = [];
    const catalog = await loadCatalog(WARN_SPECS, { onWarning: (w) => seen.push(formatSpecError(w)) });
    expect(seen).toEqual(expectedWarnings);
    expect(catalog.warnings.map(formatSpecError)).toEqual(expectedWarnings);
    expect(catalog.providers.map((p) => p.id)).toEqual(['quirky']);
    const quirky = catalog.providers[0];
    expect(quirky.operations.map((o) => o.id)).toEqual(['things.list', 'subscribe', 'mixed.get']);
    expect(quirky.icon).toBeUndefined();
  });

  it('drops alternatives that also need a non-OAuth scheme (AND), keeps the OAuth-only ones', async () => {
    const catalog = await loadCatalog(WARN_SPECS);
    const mixed = catalog.providers[0].operations.find((o) => o.id === 'mixed.get');
    expect(mixed?.scopeAlternatives).toEqual([['read', 'write']]);
    expect(mixed?.requiredScopes).toEqual(['read', 'write']);
  });

  it('strict mode turns warnings into errors', async () => {
    await expect(loadCatalog(WARN_SPECS, { strict: true })).rejects.toBeInstanceOf(SpecValidationError);
    const r = validateCatalog(WARN_SPECS, { strict: true });
    expect(r.errors.map(formatSpecError)).toEqual(expectedWarnings);
  });
});
