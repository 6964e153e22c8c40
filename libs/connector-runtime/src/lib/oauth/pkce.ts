import { createHash, randomBytes } from 'node:crypto';
import type { PkceEncoding } from '@patchbay/spec';

export interface PkcePair {
  verifier: string;
  challenge: string;
  /** Always `S256` on the wire; the hex variant differs only in how the challenge is encoded. */
  method: 'S256';
}

/** RFC 7636 verifier: 43–128 chars from the unreserved set; 64 random bytes as base64url gives 86. */
export function createPkceVerifier(): string {
  return randomBytes(64).toString('base64url');
}

/** S256 challenge; `S256-hex` is the variant some desktop flows use (hex instead of base64url). */
export function pkceChallenge(verifier: string, encoding: PkceEncoding = 'S256'): string {
  const digest = createHash('sha256').update(verifier, 'ascii').digest();
  return encoding === 'S256-hex' ? digest.toString('hex') : digest.toString('base64url');
}

export function createPkcePair(encoding: PkceEncoding = 'S256'): PkcePair {
  const verifier = createPkceVerifier();
  return { verifier, challenge: pkceChallenge(verifier, encoding), method: 'S256' };
}
