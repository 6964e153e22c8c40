import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Binds a connect flow to the browser that started it (issue #17). Without PKCE nothing ties the authorization code
 * to the flow: a code from one consent pasted next to another flow's state would connect that flow's app to the
 * first consent's account. The browser that calls authorize gets a random value in an HttpOnly cookie; the state row
 * keeps only its hash; the callback (a top-level GET from the provider, so SameSite=Lax still sends it) refuses the
 * state without it. One cookie per flow (its name derives from the state), so two popups do not overwrite each other.
 */
export const BINDING_COOKIE_PATH = '/api/oauth';
/** A consent link for someone else's browser (no cookie check) lives shorter than a browser-bound flow. */
export const SHARED_LINK_TTL_MS = 5 * 60 * 1000;

export function newBinding(): { value: string; hash: string } {
  const value = randomBytes(32).toString('base64url');
  return { value, hash: bindingHash(value) };
}

export function bindingHash(value: string): string {
  return createHash('sha256').update(`patchbay-oauth-binding:${value}`).digest('hex');
}

export function bindingCookieName(state: string): string {
  return `pb_oauth_${createHash('sha256').update(`patchbay-oauth-cookie:${state}`).digest('hex').slice(0, 16)}`;
}

/** Whether the request carries the binding whose hash the flow's state row keeps. */
export function bindingMatches(cookieHeader: string | undefined, state: string, expectedHash: string): boolean {
  const value = readCookie(cookieHeader, bindingCookieName(state));
  if (!value || value.length > 200) return false;
  const got = Buffer.from(bindingHash(value), 'hex');
  const want = Buffer.from(expectedHash, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

export function setBindingCookie(res: Response, publicUrl: string, state: string, value: string, maxAgeMs: number): void {
  res.cookie(bindingCookieName(state), value, {
    httpOnly: true,
    sameSite: 'lax',
    path: BINDING_COOKIE_PATH,
    maxAge: maxAgeMs,
    secure: publicUrl.startsWith('https:'),
  });
}

/** The callback used the flow's cookie (whatever the outcome): the browser can drop it. */
export function clearBindingCookie(req: Request, res: Response, state: string | undefined): void {
  if (!state || state.length > 200) return;
  const name = bindingCookieName(state);
  if (readCookie(req.headers.cookie, name) !== undefined) res.clearCookie(name, { path: BINDING_COOKIE_PATH, httpOnly: true, sameSite: 'lax' });
}

/**
 * The binding a consent URL the server hands out itself (a chat card, an insufficient_scope answer) starts with: no
 * browser holds it (it is not a SHA-256 hex), so the callback refuses the state until a browser opens the link through
 * `GET /api/oauth/start`, which binds the flow to that browser (first opener) and sends it on to the provider.
 */
export const BIND_ON_OPEN = 'bind-on-open';
