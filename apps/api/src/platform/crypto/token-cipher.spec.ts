import { TokenCipher, TokenCipherError, generateEncryptionKey, keyId, parseEncryptionKey } from './token-cipher';

describe('TokenCipher', () => {
  const k1 = parseEncryptionKey(generateEncryptionKey());
  const k2 = parseEncryptionKey(generateEncryptionKey());

  it('round-trips and never contains the plaintext', () => {
    const c = new TokenCipher(k1);
    const secret = 'xoxb-1234-very-secret-token';
    const enc = c.encrypt(secret);
    expect(enc).not.toContain(secret);
    expect(enc.startsWith(`v1.${keyId(k1)}.`)).toBe(true);
    expect(c.decrypt(enc)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    const c = new TokenCipher(k1);
    expect(c.encrypt('same')).not.toBe(c.encrypt('same'));
  });

  it('decrypts values under an older key and re-encrypts them under the current one', () => {
    const old = new TokenCipher(k1).encrypt('refresh-token');
    const rotated = new TokenCipher(k2, [k1]);
    expect(rotated.decrypt(old)).toBe('refresh-token');
    expect(rotated.isCurrent(old)).toBe(false);
    const moved = rotated.reencrypt(old);
    expect(rotated.isCurrent(moved)).toBe(true);
    expect(new TokenCipher(k2).decrypt(moved)).toBe('refresh-token');
  });

  it('refuses values under an unknown key, tampered values and garbage', () => {
    const enc = new TokenCipher(k1).encrypt('x');
    expect(() => new TokenCipher(k2).decrypt(enc)).toThrow(expect.objectContaining({ code: 'unknown_key' }));
    const parts = enc.split('.');
    parts[4] = Buffer.from('y').toString('base64url');
    expect(() => new TokenCipher(k1).decrypt(parts.join('.'))).toThrow(expect.objectContaining({ code: 'tampered' }));
    expect(() => new TokenCipher(k1).decrypt('plain')).toThrow(TokenCipherError);
  });

  it('validates key material with a message naming the variable', () => {
    expect(() => parseEncryptionKey('short')).toThrow('PATCHBAY_ENCRYPTION_KEY must be 32 random bytes');
    expect(parseEncryptionKey('a'.repeat(64))).toHaveLength(32);
  });
});
