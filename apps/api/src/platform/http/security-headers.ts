import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The one inline handler the dashboard's production build writes: Angular inlines the critical CSS and loads the full
 * stylesheet with `<link media="print" onload="this.media='all'">` (Beasties' default). Allowed by its hash alone
 * (CSP 3 'unsafe-hashes'), so no other inline handler runs; without it the dashboard renders with the critical CSS only.
 */
const STYLESHEET_ONLOAD = "this.media='all'";
const STYLESHEET_ONLOAD_HASH = `'sha256-${createHash('sha256').update(STYLESHEET_ONLOAD).digest('base64')}'`;

type Handler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

function isApiPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Security headers (helmet) for every answer, the dashboard's pages and the API's JSON alike:
 * - a CSP for the Angular dashboard and Swagger UI served by the API: scripts and everything else from this origin
 *   only; inline styles allowed (Angular injects component styles as `<style>` elements, Swagger UI has one);
 *   no inline script but the stylesheet swap above; no plugins; never framed (`frame-ancestors 'none'`, and
 *   `X-Frame-Options: DENY` for older browsers). No `upgrade-insecure-requests`: a self-hosted install may well be
 *   plain HTTP on a LAN, where upgrading would break every request;
 * - `Referrer-Policy: no-referrer` (no dashboard URL leaves with a link), `X-Content-Type-Options: nosniff`;
 * - no Cross-Origin-Opener-Policy: the dashboard's OAuth consent popup reports back through `window.opener`, which
 *   COOP would sever once the popup has visited the provider;
 * - HSTS only when the public URL is HTTPS (a plain-HTTP install would otherwise pin browsers to HTTPS it lacks);
 * - `Cache-Control: no-store` on everything under /api: answers carry session tokens, API keys, connection data.
 */
export function createSecurityHeaders(publicUrl: string): Handler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'unsafe-hashes'", STYLESHEET_ONLOAD_HASH],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    crossOriginOpenerPolicy: false,
    strictTransportSecurity: publicUrl.startsWith('https:') ? { maxAge: 31_536_000 } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  }) as unknown as Handler;
  return (req, res, next) => {
    if (isApiPath(req.url)) res.setHeader('Cache-Control', 'no-store');
    headers(req, res, next);
  };
}

/**
 * The headers {@link createSecurityHeaders}' handler sets on an answer to `url`, for answers written outside Express
 * (the operations fast lane): helmet's middleware only sets fixed headers (none depends on the request but the /api
 * rule, which `url` decides), so they are taken once here instead of running the middleware per request.
 */
export function securityHeadersFor(handler: Handler, url: string): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  const res = {
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), { name, value: Array.isArray(value) ? value.join(', ') : String(value) });
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase())?.value;
    },
  };
  let failure: unknown;
  handler({ url, method: 'POST', headers: {} } as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => (failure = err));
  if (failure) throw failure;
  return Object.fromEntries([...headers.values()].map((h) => [h.name, h.value]));
}
