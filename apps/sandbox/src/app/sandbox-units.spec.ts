import type { OperationModel } from '@patchbay/spec';
import { compileTemplate } from './route-table';
import { fillTemplate } from './error-render';
import { decycleSchema, sampleSchema, findArrayPath } from './schema-sample';
import { validateBody } from './request-validation';
import { seededRng, setPath, getPath, hashHex } from './path-utils';
import { accountsForGroup, accountLabelForPath, accountValueForPath } from './accounts';
import { RouteTable } from './route-table';
import { fixtureCatalog } from '../test-support/fixture-catalog';

describe('route templates', () => {
  it('captures params, allows a trailing slash, handles `{param}:verb` segments', () => {
    const t = compileTemplate('/spreadsheets/{id}/values/{range}:append');
    const m = t.regex.exec('/spreadsheets/abc/values/Sheet1!A1:append');
    expect(t.names).toEqual(['id', 'range']);
    expect(m?.slice(1)).toEqual(['abc', 'Sheet1!A1']);
    expect(compileTemplate('/v2/video/list/').regex.test('/v2/video/list')).toBe(true);
    expect(compileTemplate('/a/{x}').regex.test('/a/b/c')).toBe(false);
  });
  it('prefers the most literal route and serves templated org hosts', () => {
    const table = new RouteTable(fixtureCatalog());
    expect(table.match('GET', 'api.hex.test', '/v1/items')?.route.operation?.id).toBe('items.list');
    expect(table.match('POST', 'api.hex.test', '/v1/items')?.route.operation?.id).toBe('items.create');
    expect(table.match('GET', 'acme.org.test', '/v1/items')?.route.provider.id).toBe('orgapp');
    expect(table.match('DELETE', 'api.hex.test', '/v1/items')).toBeUndefined();
    expect(table.pathExists('api.hex.test', '/v1/items')).toBe(true);
  });
});

describe('error templates', () => {
  it('substitutes placeholders; a bare {{status}} stays a number; arrays keep their shape', () => {
    expect(
      fillTemplate(
        { error: { code: '{{status}}', msg: 'x {{message}}', errors: [{ reason: '{{code}}' }] } },
        { status: 403, code: 'no', message: 'denied' },
      ),
    ).toEqual({
      error: { code: 403, msg: 'x denied', errors: [{ reason: 'no' }] },
    });
    expect(fillTemplate([{ errorCode: '{{code}}' }], { status: 400, code: 'BAD', message: '' })).toEqual([{ errorCode: 'BAD' }]);
  });
});

describe('schemas', () => {
  const node: Record<string, unknown> = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
  (node['properties'] as Record<string, unknown>)['children'] = { type: 'array', items: node }; // cyclic, as resolved $refs are

  it('decycles recursive schemas so Ajv can validate them', () => {
    const d = decycleSchema(node);
    expect(() => JSON.stringify(d)).not.toThrow();
    const op = { id: 'x', requestBody: { required: true, contentType: 'application/json', schema: node } } as unknown as OperationModel;
    expect(validateBody(op, { name: 'a', children: [{ name: 'b', children: [] }] }, false)).toBeUndefined();
    expect(validateBody(op, { name: 'a', children: [{ children: [] }] }, false)).toMatch(/name/);
  });

  it('samples deterministically, prefers examples, stops on cycles', () => {
    const a = sampleSchema(node, seededRng('s'));
    expect(sampleSchema(node, seededRng('s'))).toEqual(a);
    expect(sampleSchema({ type: 'string', example: 'real' }, seededRng(1))).toBe('real');
    expect(sampleSchema({ type: 'object', properties: { ok: { type: 'boolean' } } }, seededRng(2), { okField: 'ok' })).toEqual({ ok: true });
    expect(findArrayPath({ type: 'object', properties: { data: { type: 'object', properties: { videos: { type: 'array', items: {} } } } } })).toBe(
      'data.videos',
    );
  });
});

describe('paths, hashes and accounts', () => {
  it('sets and reads dot paths, creating arrays for numeric segments', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'a.0.b', 1);
    expect(o).toEqual({ a: [{ b: 1 }] });
    expect(getPath(o, 'a.0.b')).toBe(1);
    expect(hashHex('x', 20)).toHaveLength(20);
  });
  it('derives three stable accounts per group and picks fields by path', () => {
    const [ada] = accountsForGroup('g');
    expect(accountsForGroup('g')[0]).toEqual(ada);
    expect(accountsForGroup('h')[0].id).not.toBe(ada.id);
    expect(accountValueForPath(ada, 'owner.user.person.email')).toBe(ada.email);
    expect(accountValueForPath(ada, 'team.id')).toBe(ada.orgId);
    expect(accountValueForPath(ada, 'authed_user.id')).toBe(ada.id);
    expect(accountLabelForPath(ada, 'team')).toBe(ada.orgName);
    expect(accountLabelForPath(ada, 'data.user.display_name')).toBe(ada.name);
  });
});
