import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCatalog } from './catalog-loader';
import { formatSpecError } from './spec-error';

/** Each case is written as specs/<id>/openapi.(yaml|json) (+ provider.yaml) in a fresh temp directory. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spec-cred-'));
  mkdirSync(join(root, 'specs'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(id: string, openapi: string | object, providerYaml?: string): void {
  const dir = join(root, 'specs', id);
  mkdirSync(dir);
  if (typeof openapi === 'string') writeFileSync(join(dir, 'openapi.yaml'), openapi);
  else writeFileSync(join(dir, 'openapi.json'), JSON.stringify(openapi));
  if (providerYaml) writeFileSync(join(dir, 'provider.yaml'), providerYaml);
}

function load() {
  const r = validateCatalog(join(root, 'specs'));
  return { ...r, errorLines: r.errors.map(formatSpecError), warningLines: r.warnings.map(formatSpecError) };
}

const doc = (schemes: string, security: string, opSecurity = '') => `openapi: 3.0.3
info: {title: Vendor, version: "1"}
servers: [{url: https://api.vendor.example/v1}]
components:
  securitySchemes:
${schemes}
${security}
paths:
  /items:
    get:
      operationId: items.list
${opSecurity}
      responses: {"200": {description: ok}}
    post:
      operationId: items.create
      requestBody: {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
      responses: {"201": {description: created}}
`;

describe('credential connectors (apiKey, http bearer, http basic)', () => {
  it('a bearer-only spec loads as a credential connector without scopes', () => {
    write('bearer-vendor', doc('    token: {type: http, scheme: bearer, bearerFormat: JWT}', 'security: [{token: []}]'));
    const { catalog, errorLines } = load();
    expect(errorLines).toEqual([]);
    const p = catalog.providers[0];
    expect(p.authType).toBe('credential');
    expect(p.credential).toEqual({ kind: 'bearer', schemeName: 'token', bearerFormat: 'JWT' });
    expect(p.scopes).toEqual([]);
    expect(p.operations.map((o) => [o.id, o.requiredScopes, o.scopeAlternatives])).toEqual([
      ['items.list', [], [[]]],
      ['items.create', [], [[]]],
    ]);
    // No consent flow: the OAuth block carries no URL.
    expect(p.oauth.authorizationUrl).toBe('');
  });

  it('an apiKey scheme says where the key goes and under which name (header and query)', () => {
    write('header-key', doc('    key: {type: apiKey, in: header, name: X-Api-Key}', 'security: [{key: []}]'));
    write('query-key', doc('    key: {type: apiKey, in: query, name: api_key}', 'security: [{key: []}]'));
    const { catalog, errorLines } = load();
    expect(errorLines).toEqual([]);
    expect(catalog.providers.map((p) => [p.id, p.authType, p.credential])).toEqual([
      ['header-key', 'credential', { kind: 'apiKey', schemeName: 'key', in: 'header', name: 'X-Api-Key' }],
      ['query-key', 'credential', { kind: 'apiKey', schemeName: 'key', in: 'query', name: 'api_key' }],
    ]);
  });

  it('a parameter repeating the credential (the apiKey header, an Authorization header) is no operation input', () => {
    write(
      'repeats-key',
      doc(
        '    key: {type: apiKey, in: header, name: X-Server-Token}',
        'security: [{key: []}]',
        '      parameters: [{name: x-server-token, in: header, required: true, schema: {type: string}}, {name: Count, in: query, schema: {type: integer}}]',
      ),
    );
    const p = load().catalog.providers[0];
    expect(p.operations[0].parameters.map((x) => x.name)).toEqual(['Count']);
  });

  it('http basic loads as basic', () => {
    write('basic-vendor', doc('    basicAuth: {type: http, scheme: Basic}', 'security: [{basicAuth: []}]'));
    expect(load().catalog.providers[0].credential).toEqual({ kind: 'basic', schemeName: 'basicAuth' });
  });

  it('oauth2 stays preferred when a credential scheme is offered as an alternative', () => {
    write(
      'both',
      doc(
        `    key: {type: apiKey, in: header, name: X-Key}
    oauth:
      type: oauth2
      flows: {authorizationCode: {authorizationUrl: https://vendor.example/authorize, tokenUrl: https://vendor.example/token, scopes: {read: Read items}}}`,
        'security: [{key: []}, {oauth: [read]}]',
      ),
    );
    const p = load().catalog.providers[0];
    expect(p.authType).toBe('oauth2');
    expect(p.credential).toBeUndefined();
    expect(p.operations[0].scopeAlternatives).toEqual([['read']]);
  });

  it('with several credential schemes, the first single-scheme alternative of the top-level security wins', () => {
    write(
      'several',
      doc(
        `    basicAuth: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}`,
        'security: [{basicAuth: [], bearer: []}, {bearer: []}, {basicAuth: []}]',
        '      security: [{basicAuth: []}]',
      ),
    );
    const { catalog, warningLines } = load();
    const p = catalog.providers[0];
    expect(p.credential).toEqual({ kind: 'bearer', schemeName: 'bearer' });
    // items.list can only be called with basic: it is skipped with a reason; items.create inherits the bearer alternative.
    expect(p.operations.map((o) => o.id)).toEqual(['items.create']);
    expect(warningLines).toEqual([
      'specs/several/openapi.yaml: paths./items.get.security: no alternative with the "bearer" scheme alone (only other security schemes); operation skipped',
    ]);
  });

  it('bad input names the file, the path and what is wrong', () => {
    write('no-name', doc('    key: {type: apiKey, in: header}', 'security: [{key: []}]'));
    write('bad-in', doc('    key: {type: apiKey, in: body, name: k}', 'security: [{key: []}]'));
    write('no-scheme', doc('    h: {type: http}', 'security: [{h: []}]'));
    write('odd-type', doc('    k: {type: password}', 'security: [{k: []}]'));
    write(
      'oauth-settings',
      doc('    key: {type: apiKey, in: header, name: X-Key}', 'security: [{key: []}]'),
      'name: Vendor\ncategory: Testing\ndescription: A vendor.\noauth: {pkce: required}\n',
    );
    const { catalog, errorLines } = load();
    expect(catalog.providers).toEqual([]);
    expect(errorLines.sort()).toEqual(
      [
        'specs/bad-in/openapi.yaml: components.securitySchemes.key.in: must be header or query for an apiKey scheme (got "body")',
        'specs/no-name/openapi.yaml: components.securitySchemes.key.name: is required for an apiKey scheme (the header or query parameter carrying the key)',
        'specs/no-scheme/openapi.yaml: components.securitySchemes.h.scheme: is required for an http scheme (bearer or basic)',
        'specs/odd-type/openapi.yaml: components.securitySchemes.k.type: unknown security scheme type "password" (apiKey, http, oauth2, openIdConnect or mutualTLS)',
        'specs/oauth-settings/provider.yaml: oauth: does not apply: specs/oauth-settings/openapi.yaml has no oauth2 scheme (credential connector, apiKey via components.securitySchemes.key)',
      ].sort(),
    );
  });

  it('an apiKey in a cookie is not supported: warned, and without another scheme the spec is skipped', () => {
    write('cookie', doc('    c: {type: apiKey, in: cookie, name: sid}', 'security: [{c: []}]'));
    const { catalog, warningLines, errorLines } = load();
    expect(errorLines).toEqual([]);
    expect(catalog.providers).toEqual([]);
    expect(warningLines[0]).toBe(
      'specs/cookie/openapi.yaml: components.securitySchemes.c.in: apiKey in: cookie is not supported (supported: apiKey in header or query, http bearer, http basic); scheme ignored',
    );
  });

  it('a Swagger 2.0 file with apiKey / basic securityDefinitions loads as a credential connector', () => {
    const swagger = (defs: object, sec: object[]) => ({
      swagger: '2.0',
      info: { title: 'Swag', version: '1' },
      host: 'api.swag.example',
      basePath: '/v2',
      schemes: ['https'],
      securityDefinitions: defs,
      security: sec,
      paths: { '/things': { get: { operationId: 'things.list', produces: ['application/json'], responses: { '200': { description: 'ok' } } } } },
    });
    write('swag-key', swagger({ token: { type: 'apiKey', in: 'header', name: 'X-Swag-Token' } }, [{ token: [] }]));
    write('swag-basic', swagger({ basic: { type: 'basic' } }, [{ basic: [] }]));
    const { catalog, errorLines } = load();
    expect(errorLines).toEqual([]);
    expect(catalog.providers.map((p) => [p.id, p.authType, p.credential, p.baseUrl])).toEqual([
      ['swag-basic', 'credential', { kind: 'basic', schemeName: 'basic' }, 'https://api.swag.example/v2'],
      ['swag-key', 'credential', { kind: 'apiKey', schemeName: 'token', in: 'header', name: 'X-Swag-Token' }, 'https://api.swag.example/v2'],
    ]);
  });
});
