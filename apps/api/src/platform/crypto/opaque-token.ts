import { hash, randomBytes } from 'node:crypto';

/** Prefixes that tell the bearer strategy what kind of secret it holds. */
export const SESSION_TOKEN_PREFIX = 'pbs_';
export const API_KEY_PREFIX = 'pbk_';

/** A fresh opaque secret: prefix + 256 random bits (base64url). */
export function generateOpaqueToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Opaque tokens are high-entropy, so a fast unsalted hash is enough to store them (no brute force possible). */
export function sha256Hex(value: string): string {
  // The one-shot hash: every authenticated request hashes its token, and a Hash object costs more than the digest.
  return hash('sha256', value, 'hex');
}
