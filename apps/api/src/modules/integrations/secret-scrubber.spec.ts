import { SecretScrubber } from './secret-scrubber';

describe('SecretScrubber', () => {
  const secret = 'tok/abc+def=ghi/jkl é';
  const scrub = new SecretScrubber([secret]);

  it.each([
    ['as is', secret],
    ['URL-encoded', encodeURIComponent(secret)],
    ['URL-encoded, lower-case hex', encodeURIComponent(secret).toLowerCase()],
    ['form-encoded', new URLSearchParams({ t: secret }).toString().slice(2)],
    ['encodeURI', encodeURI(secret)],
    ['JSON-escaped with \\/', JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/')],
    ['\\u-escaped', [...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['encoded twice', encodeURIComponent(encodeURIComponent(secret))],
  ])('removes the secret spelled %s from text', (_label, form) => {
    const out = scrub.text(`before ${form} after`);
    expect(out).not.toContain(form);
    expect(out).toContain('[redacted]');
  });

  it('scrubs parsed JSON in its decoded form, keys included, and leaves other values alone', () => {
    const parsed = JSON.parse(`{"a":"${secret.replace(/\//g, '\\/')}","${encodeURIComponent(secret)}":[1,"x ${secret} y"],"n":2,"ok":"fine"}`);
    expect(scrub.value(parsed)).toEqual({ a: '[redacted]', '[redacted]': [1, 'x [redacted] y'], n: 2, ok: 'fine' });
  });

  it('ignores secrets too short to scrub meaningfully', () => {
    expect(new SecretScrubber(['abc']).text('abc abc')).toBe('abc abc');
  });
});
