import { FormBuilder, FormControl } from '@angular/forms';
import { authPayload, baseUrlValidator, credentialForm, describeAuth, parseRequestBody } from './custom-integrations-helpers';

describe('credential form', () => {
  const fb = new FormBuilder();

  it('sends only the fields of the chosen type', () => {
    const form = credentialForm(fb);
    form.patchValue({ value: 'k-123', token: 'stale-token', password: 'stale-password' });
    expect(form.valid).toBe(true);
    expect(authPayload(form)).toEqual({ type: 'api_key', in: 'header', name: 'X-Api-Key', value: 'k-123' });

    form.controls.type.setValue('bearer');
    expect(authPayload(form)).toEqual({ type: 'bearer', token: 'stale-token' });

    form.controls.type.setValue('basic');
    form.controls.username.setValue(' ann ');
    expect(authPayload(form)).toEqual({ type: 'basic', username: 'ann', password: 'stale-password' });
  });

  it('validates only the fields of the chosen type, and refuses blank secrets', () => {
    const form = credentialForm(fb);
    expect(form.valid).toBe(false);
    expect(form.controls.value.hasError('required')).toBe(true);
    expect(form.controls.token.disabled).toBe(true);

    form.controls.type.setValue('bearer');
    expect(form.controls.value.disabled).toBe(true);
    form.controls.token.setValue('   ');
    expect(form.controls.token.hasError('required')).toBe(true);
    form.controls.token.setValue('t0k3n');
    expect(form.valid).toBe(true);

    form.controls.token.setValue('t0k3n\r\nX-Injected: 1');
    expect(form.controls.token.hasError('controlChars')).toBe(true);

    form.controls.type.setValue('basic');
    form.patchValue({ username: 'a:b', password: 'pw' });
    expect(form.controls.username.hasError('pattern')).toBe(true);
  });

  it('refuses header names the API would refuse', () => {
    const form = credentialForm(fb);
    form.patchValue({ value: 'k', name: 'X Api Key' });
    expect(form.controls.name.hasError('pattern')).toBe(true);
  });

  it('swaps an untouched default key name when the key moves between header and query', () => {
    const form = credentialForm(fb);
    form.controls.in.setValue('query');
    expect(form.controls.name.value).toBe('api_key');
    form.controls.in.setValue('header');
    expect(form.controls.name.value).toBe('X-Api-Key');
    form.controls.name.setValue('token');
    form.controls.in.setValue('query');
    expect(form.controls.name.value).toBe('token');
  });

  it('pre-fills the non-secret settings of a stored credential, never a secret', () => {
    const form = credentialForm(fb, { type: 'api_key', in: 'query', name: 'key', secretSet: true });
    expect(form.getRawValue()).toEqual({ type: 'api_key', in: 'query', name: 'key', value: '', token: '', username: '', password: '' });
    const basic = credentialForm(fb, { type: 'basic', username: 'ann', secretSet: true });
    expect(basic.controls.username.value).toBe('ann');
    expect(basic.controls.password.value).toBe('');
    expect(basic.controls.in.disabled).toBe(true);
  });
});

describe('custom integration helpers', () => {
  it('describes how requests are signed', () => {
    expect(describeAuth({ type: 'api_key', in: 'header', name: 'X-Key', secretSet: true })).toBe('API key in the X-Key header');
    expect(describeAuth({ type: 'api_key', in: 'query', name: 'k', secretSet: true })).toBe('API key in the query parameter k');
    expect(describeAuth({ type: 'bearer', secretSet: true })).toBe('Bearer token (Authorization header)');
    expect(describeAuth({ type: 'basic', username: 'ann', secretSet: true })).toBe('Basic auth as ann');
  });

  it('parses the test body as JSON, empty meaning none', () => {
    expect(parseRequestBody('')).toEqual({ ok: true, body: undefined });
    expect(parseRequestBody(' {"a": [1, 2]} ')).toEqual({ ok: true, body: { a: [1, 2] } });
    const bad = parseRequestBody('{a: 1}');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('not valid JSON');
  });

  it('accepts only full http(s) base URLs', () => {
    const check = (value: string) => baseUrlValidator(new FormControl(value));
    expect(check('https://api.example.com/v1')).toBeNull();
    expect(check('http://127.0.0.1:8080')).toBeNull();
    expect(check('')).toBeNull();
    expect(check('api.example.com')).toEqual({ baseUrl: true });
    expect(check('ftp://files.example.com')).toEqual({ baseUrl: true });
    expect(check('https://ann:secret@api.example.com')).toEqual({ userInfo: true });
  });
});
