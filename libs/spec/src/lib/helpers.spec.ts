import { getPath, setPath } from './get-path';
import { deriveOperationId } from './openapi-extract';
import { leastPrivilegeScopes, missingScopes, satisfiesScopes } from './scopes';
import { formatSpecError } from './spec-error';
import { rewriteUrl, sandboxPathToUrl, unrewriteUrl } from './url-rewrite';
import { walkSchema } from './schema-utils';

describe('rewriteUrl / sandboxPathToUrl (the one sandbox rule)', () => {
  const base = 'http://127.0.0.1:4010';

  it.each([
    ['https://slack.com/api/chat.postMessage', `${base}/slack.com/api/chat.postMessage`],
    ['https://accounts.google.com/o/oauth2/v2/auth?client_id=x&scope=a%20b', `${base}/accounts.google.com/o/oauth2/v2/auth?client_id=x&scope=a%20b`],
    ['https://www.googleapis.com/calendar/v3/calendars/{calendarId}/events', `${base}/www.googleapis.com/calendar/v3/calendars/{calendarId}/events`],
    ['https://na1.my.salesforce.com', `${base}/na1.my.salesforce.com/`],
    ['https://api.example.com:8443/v1?x=1', `${base}/api.example.com:8443/v1?x=1`],
    ['https://API.Example.com/Path', `${base}/api.example.com/Path`],
  ])('%s', (url, expected) => {
    expect(rewriteUrl(url, base)).toBe(expected);
    expect(rewriteUrl(url, base + '/')).toBe(expected);
  });

  it('is the identity without a sandbox base, and idempotent with one', () => {
    expect(rewriteUrl('https://slack.com/api/x', undefined)).toBe('https://slack.com/api/x');
    expect(rewriteUrl('https://slack.com/api/x', '')).toBe('https://slack.com/api/x');
    const once = rewriteUrl('https://slack.com/api/x', base);
    expect(rewriteUrl(once, base)).toBe(once);
    expect(rewriteUrl('/relative/path', base)).toBe('/relative/path');
  });

  it('maps a sandbox request path back to the provider URL', () => {
    expect(sandboxPathToUrl('/slack.com/api/chat.postMessage?x=1')).toBe('https://slack.com/api/chat.postMessage?x=1');
    expect(sandboxPathToUrl('/accounts.google.com/o/oauth2/v2/auth')).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(sandboxPathToUrl('/na1.my.salesforce.com')).toBe('https://na1.my.salesforce.com/');
    expect(sandboxPathToUrl(`${base}/slack.com/api/x`, base)).toBe('https://slack.com/api/x');
    expect(sandboxPathToUrl('/health')).toBeUndefined(); // sandbox-own route, not a host
    expect(sandboxPathToUrl('/')).toBeUndefined();
  });

  it('round-trips', () => {
    for (const url of ['https://slack.com/api/x?y=1', 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart']) {
      expect(unrewriteUrl(rewriteUrl(url, base), base)).toBe(url);
    }
    expect(unrewriteUrl('https://elsewhere.example/x', base)).toBe('https://elsewhere.example/x');
  });
});

describe('getPath / setPath', () => {
  const body = { error: { errors: [{ reason: 'rateLimitExceeded' }], message: 'slow down' }, authed_user: { access_token: 'xoxp' }, '0': 'zero' };

  it('reads dot-paths with array indexes', () => {
    expect(getPath(body, 'error.errors.0.reason')).toBe('rateLimitExceeded');
    expect(getPath(body, 'authed_user.access_token')).toBe('xoxp');
    expect(getPath([{ errorCode: 'REQUEST_LIMIT_EXCEEDED' }], '0.errorCode')).toBe('REQUEST_LIMIT_EXCEEDED');
    expect(getPath(body, '')).toBe(body);
  });

  it('returns undefined for anything missing, never throws', () => {
    expect(getPath(body, 'error.errors.5.reason')).toBeUndefined();
    expect(getPath(body, 'error.message.length')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
    expect(getPath(body, 'error.errors.x')).toBeUndefined();
    expect(getPath({}, 'toString')).toBeUndefined(); // no prototype leaks
  });

  it('writes dot-paths, creating objects', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'authed_user.access_token', 't');
    setPath(o, 'ok', true);
    expect(o).toEqual({ authed_user: { access_token: 't' }, ok: true });
  });
});

describe('scope helpers', () => {
  it('leastPrivilegeScopes: smallest alternative, ties → first, empty wins', () => {
    expect(leastPrivilegeScopes([['a', 'b'], ['c']])).toEqual(['c']);
    expect(leastPrivilegeScopes([['a'], ['b']])).toEqual(['a']);
    expect(leastPrivilegeScopes([['a'], []])).toEqual([]);
    expect(leastPrivilegeScopes([])).toEqual([]);
    expect(
      leastPrivilegeScopes([
        ['a', 'a', 'b'],
        ['c', 'd', 'e'],
      ]),
    ).toEqual(['a', 'b']);
  });

  it('missingScopes: what is required and not granted', () => {
    expect(missingScopes(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(missingScopes(['a'], new Set(['a']))).toEqual([]);
    expect(missingScopes(['a', 'a'], [])).toEqual(['a']);
  });

  it('satisfiesScopes: any alternative fully granted', () => {
    expect(satisfiesScopes([['a', 'b'], ['c']], ['c'])).toBe(true);
    expect(satisfiesScopes([['a', 'b'], ['c']], ['a'])).toBe(false);
    expect(satisfiesScopes([], [])).toBe(true);
  });
});

describe('misc', () => {
  it('deriveOperationId', () => {
    expect(deriveOperationId('get', '/calendars/{calendarId}/events')).toBe('get_calendars_calendarId_events');
    expect(deriveOperationId('POST', '/chat.postMessage')).toBe('post_chat_postMessage');
    expect(deriveOperationId('get', '/')).toBe('get_root');
    expect(deriveOperationId('delete', '/v1/{thing-id}/')).toBe('delete_v1_thing_id');
  });

  it('formatSpecError', () => {
    expect(formatSpecError({ file: 'specs/a/openapi.yaml', path: 'paths./x', message: 'bad' })).toBe('specs/a/openapi.yaml: paths./x: bad');
    expect(formatSpecError({ file: 'specs/a/openapi.yaml', path: '', message: 'bad' })).toBe('specs/a/openapi.yaml: bad');
  });

  it('walkSchema visits each object once even in cycles', () => {
    const a: Record<string, unknown> = { type: 'object' };
    const b: Record<string, unknown> = { type: 'object', properties: { a } };
    a['properties'] = { b, self: a };
    const paths: string[] = [];
    walkSchema(a, (_n, p) => {
      paths.push(p);
    });
    expect(paths).toEqual(['', 'properties', 'properties.b', 'properties.b.properties']);
  });
});
