import { API_KEY_PREFIX, generateOpaqueToken, sha256Hex } from './opaque-token';

describe('opaque tokens', () => {
  it('generates distinct prefixed url-safe tokens', () => {
    const a = generateOpaqueToken(API_KEY_PREFIX);
    const b = generateOpaqueToken(API_KEY_PREFIX);
    expect(a).toMatch(/^pbk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('hashes with sha256 hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
