import { REDACTED, redactBody, redactUrl } from './redaction';

describe('redactBody', () => {
  it('masks secret-looking keys at any depth and keeps the rest', () => {
    const body = {
      email: 'a@b.co',
      password: 'hunter22',
      nested: { clientSecret: 's3cr3t', apiKey: 'k', list: [{ accessToken: 't', name: 'x' }] },
    };
    expect(redactBody(body)).toEqual({
      email: 'a@b.co',
      password: REDACTED,
      nested: { clientSecret: REDACTED, apiKey: REDACTED, list: [{ accessToken: REDACTED, name: 'x' }] },
    });
  });

  it('masks values that look like our tokens even under innocent keys', () => {
    expect(redactBody({ note: 'use pbk_abcDEF123 please' })).toEqual({ note: REDACTED });
  });

  it('does not modify the original', () => {
    const body = { password: 'p' };
    redactBody(body);
    expect(body.password).toBe('p');
  });
});

describe('redactUrl', () => {
  it('masks the values of secret query parameters, however spelled, and keeps the rest', () => {
    expect(redactUrl('/api/connections/callback?code=abc&state=s1&scope=a+b')).toBe(
      `/api/connections/callback?code=${REDACTED}&state=${REDACTED}&scope=a+b`,
    );
    expect(redactUrl('/x?ACCESS_TOKEN=t1&Token=t2&client%5Fsecret=t3&refresh_token=t4&id_token=t5&token=t6#frag')).toBe(
      `/x?ACCESS_TOKEN=${REDACTED}&Token=${REDACTED}&client%5Fsecret=${REDACTED}&refresh_token=${REDACTED}&id_token=${REDACTED}&token=${REDACTED}#frag`,
    );
    expect(redactUrl('/x?codes=1&mycode=2&%E0=3')).toBe('/x?codes=1&mycode=2&%E0=3');
    expect(redactUrl('/api/apps')).toBe('/api/apps');
  });
});
