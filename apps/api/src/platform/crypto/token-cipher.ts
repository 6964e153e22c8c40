import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets at rest (OAuth tokens, client secrets, integration credentials).
 * Every ciphertext names the key that made it, so keys can rotate: new writes use the current key, reads accept
 * the current and any older key, and `reencrypt` moves a value to the current key.
 * Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id is derived from the key itself
 * (first 8 hex chars of its SHA-256) so operators never have to invent and keep ids in step.
 */

export class TokenCipherError extends Error {
  constructor(
    readonly code: 'invalid_key' | 'unknown_key' | 'malformed' | 'tampered',
    message: string,
  ) {
    super(message);
    this.name = 'TokenCipherError';
  }
}

interface Key {
  id: string;
  bytes: Buffer;
}

/** Accepts 32 bytes as base64/base64url (44/43 chars) or hex (64 chars). */
export function parseEncryptionKey(value: string, name = 'PATCHBAY_ENCRYPTION_KEY'): Buffer {
  const v = value.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(v)) bytes = Buffer.from(v, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(v)) bytes = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!bytes || bytes.length !== 32) {
    throw new TokenCipherError('invalid_key', `${name} must be 32 random bytes, base64 or hex encoded (e.g. \`openssl rand -base64 32\`)`);
  }
  return bytes;
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function generateEncryptionKey(): string {
  return randomBytes(32).toString('base64');
}

export class TokenCipher {
  private readonly current: Key;
  private readonly keys = new Map<string, Key>();

  constructor(currentKey: Buffer, olderKeys: Buffer[] = []) {
    this.current = { id: keyId(currentKey), bytes: currentKey };
    for (const bytes of [currentKey, ...olderKeys]) this.keys.set(keyId(bytes), { id: keyId(bytes), bytes });
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', this.current.id, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(value: string): string {
    const parts = value.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') throw new TokenCipherError('malformed', 'Not a Patchbay ciphertext');
    const [, id, iv, tag, ct] = parts;
    const key = this.keys.get(id);
    if (!key) throw new TokenCipherError('unknown_key', `Encrypted with key ${id}, which is not configured (current or older keys)`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new TokenCipherError('tampered', 'Ciphertext failed authentication (wrong key or modified data)');
    }
  }

  /** Whether a value is already under the current key (key rotation skips it). */
  isCurrent(value: string): boolean {
    return value.split('.')[1] === this.current.id;
  }

  /** Re-encrypts under the current key; values already current are returned unchanged. */
  reencrypt(value: string): string {
    return this.isCurrent(value) ? value : this.encrypt(this.decrypt(value));
  }
}
