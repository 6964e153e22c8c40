/**
 * The ONE sandbox URL rule (team contract): `https://HOST/PATH?Q` → `${sandboxBase}/HOST/PATH?Q`.
 * Applied to every provider URL (authorize, token, revoke, identity, API servers, URLs in token responses) when
 * PATCHBAY_SANDBOX_URL is set. Plain string surgery on purpose: `new URL()` would re-encode path templates.
 */
const ABSOLUTE = /^(https?):\/\/([^/?#]+)(.*)$/i;

function trimBase(sandboxBase: string): string {
  return sandboxBase.replace(/\/+$/, '');
}

export function rewriteUrl(url: string, sandboxBase: string | undefined | null): string {
  if (!sandboxBase) return url;
  const base = trimBase(sandboxBase);
  // Idempotent: an already rewritten URL (or any URL on the sandbox itself) stays as it is.
  if (url === base || url.startsWith(base + '/')) return url;
  const m = ABSOLUTE.exec(url);
  if (!m) return url;
  const rest = m[3] === '' ? '/' : m[3].startsWith('/') ? m[3] : '/' + m[3];
  return `${base}/${m[2].toLowerCase()}${rest}`;
}

/**
 * Inverse for the sandbox: `/slack.com/api/chat.postMessage?x=1` → `https://slack.com/api/chat.postMessage?x=1`.
 * Accepts a path (what node:http gives as req.url) or a full sandbox URL when `sandboxBase` is passed.
 * Returns undefined when the path does not start with a host segment.
 */
export function sandboxPathToUrl(pathOrUrl: string, sandboxBase?: string): string | undefined {
  let p = pathOrUrl;
  if (sandboxBase) {
    const base = trimBase(sandboxBase);
    if (p.startsWith(base)) p = p.slice(base.length);
  }
  const m = /^\/([^/?#]+)(.*)$/.exec(p);
  if (!m) return undefined;
  const host = m[1];
  // A host has a dot or a port (localhost:8080); anything else is a sandbox-own route.
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) || !(host.includes('.') || host.includes(':'))) return undefined;
  const rest = m[2] === '' ? '/' : m[2].startsWith('/') ? m[2] : '/' + m[2];
  return `https://${host.toLowerCase()}${rest}`;
}

/** Inverse of rewriteUrl for a full URL; URLs not on the sandbox are returned unchanged. */
export function unrewriteUrl(url: string, sandboxBase: string | undefined | null): string {
  if (!sandboxBase) return url;
  const base = trimBase(sandboxBase);
  if (!url.startsWith(base + '/')) return url;
  return sandboxPathToUrl(url.slice(base.length)) ?? url;
}
