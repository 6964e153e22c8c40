import { REDACTED, redactBody } from './redaction';

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
