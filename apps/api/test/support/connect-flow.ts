import type { TestApp } from './test-app';
import { auth } from './api-client';
import type { SandboxProcess } from './sandbox-process';

export interface ConsentOptions {
  /** Sandbox account (1-based) that approves. */
  account?: number;
  action?: 'approve' | 'deny';
  /** Grant only these scopes (providers that allow partial grants). */
  grant?: string[];
}

export interface FlowOutcome {
  outcome: string;
  code?: string;
  appId?: string;
  provider?: string;
  mode?: string;
  message?: string;
  /** Connected with fewer scopes than asked: those scopes, and the operation ids that will not run (space-separated). */
  notGranted?: string;
  unavailable?: string;
  /** The callback URL the provider redirected to (to replay it). */
  callbackPath: string;
}

/** Drives the provider's consent headless (the sandbox's documented query flags), like a user clicking. */
export async function consentAt(authorizationUrl: string, o: ConsentOptions = {}): Promise<string> {
  const u = new URL(authorizationUrl);
  u.searchParams.set('sandbox_auto', o.action ?? 'approve');
  if (o.account) u.searchParams.set('sandbox_account', String(o.account));
  if (o.grant) u.searchParams.set('sandbox_grant', o.grant.join(' '));
  const res = await fetch(u, { redirect: 'manual' });
  if (res.status !== 302) throw new Error(`consent answered ${res.status}: ${await res.text()}`);
  const location = new URL(res.headers.get('location') as string);
  return location.pathname + location.search;
}

/**
 * The test's one browser: the binding cookies authorize set (one per flow, see browser-binding.ts), sent back on the
 * callback like a browser would (Path=/api/oauth). A URL the API handed out without a cookie (chat, insufficient_scope)
 * gets none, as in another browser.
 */
const browserCookies = new Map<string, string>();

/** Keeps the `name=value` of the flow's Set-Cookie, by the flow's state (a jar that never grows one header too long). */
function keepCookie(state: string, setCookie: string[] | string | undefined): void {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const binding = lines.find((l) => l.startsWith('pb_oauth_'));
  if (binding) browserCookies.set(state, binding.split(';')[0]);
}

/** The Cookie header this test browser sends with a callback for `state` ('' when it holds none). */
export function browserCookieFor(state: string | null): string {
  return (state && browserCookies.get(state)) || '';
}

/**
 * Opens a consent link the API handed out itself (a chat card, an insufficient_scope answer) in this test browser: the
 * start route binds the flow to it (the cookie is kept for the callback) and answers with the provider's URL.
 */
export async function openLink(t: TestApp, link: string): Promise<string> {
  const u = new URL(link);
  const req = t.http().get(u.pathname + u.search);
  // Opened before by this browser: it sends the flow's cookie, as a browser would.
  const known = openedLinks.get(link);
  if (known) req.set('Cookie', browserCookieFor(known));
  const res = await req.expect(302);
  const to = res.headers['location'] as string;
  const state = new URL(to).searchParams.get('state');
  if (state) {
    keepCookie(state, res.headers['set-cookie']);
    openedLinks.set(link, state);
  }
  return to;
}

/** The state behind each link this test browser opened. */
const openedLinks = new Map<string, string>();

/** Sends the browser's callback request to the API and reads where it redirects the user. */
export async function callback(t: TestApp, callbackPath: string, o: { cookies?: boolean } = {}): Promise<FlowOutcome> {
  const req = t.http().get(callbackPath);
  const cookie = browserCookieFor(new URL(callbackPath, 'http://x').searchParams.get('state'));
  if (o.cookies !== false && cookie) req.set('Cookie', cookie);
  const res = await req.expect(302);
  const to = new URL(res.headers['location'] as string);
  if (to.pathname !== '/oauth/complete') throw new Error(`callback redirected to ${to.toString()}`);
  const q = Object.fromEntries(to.searchParams) as Record<string, string>;
  return {
    outcome: q['outcome'],
    code: q['code'],
    appId: q['appId'],
    provider: q['provider'],
    mode: q['mode'],
    message: q['message'],
    notGranted: q['notGranted'],
    unavailable: q['unavailable'],
    callbackPath,
  };
}

export async function authorize(
  t: TestApp,
  token: string,
  appId: string,
  provider: string,
  body: Record<string, unknown>,
): Promise<{ authorizationUrl: string; state: string; requestedScopes: Array<{ scope: string }> }> {
  const res = await t
    .http()
    .post(`/api/apps/${appId}/connections/${provider}/authorize`)
    .set(...auth(token))
    .send(body);
  if (res.status !== 200) throw new Error(`authorize ${provider} answered ${res.status}: ${JSON.stringify(res.body)}`);
  keepCookie(res.body.state, res.headers['set-cookie']);
  return res.body;
}

/** authorize → consent → callback. */
export async function connectFlow(
  t: TestApp,
  token: string,
  appId: string,
  provider: string,
  body: Record<string, unknown>,
  consent: ConsentOptions = {},
): Promise<FlowOutcome> {
  const a = await authorize(t, token, appId, provider, body);
  return callback(t, await consentAt(a.authorizationUrl, consent));
}

/** Gives every auth group an OAuth client the sandbox accepts (`secret-<clientId>` is its documented rule). */
export async function configureAllProviders(t: TestApp, adminToken: string, sandbox: SandboxProcess): Promise<void> {
  void sandbox;
  const res = await t
    .http()
    .get('/api/providers')
    .set(...auth(adminToken))
    .expect(200);
  const done = new Set<string>();
  for (const p of res.body as Array<{ id: string; authGroup: string }>) {
    if (done.has(p.authGroup)) continue;
    done.add(p.authGroup);
    const clientId = `patchbay-${p.authGroup}`;
    await t
      .http()
      .put(`/api/providers/${p.id}/credentials`)
      .set(...auth(adminToken))
      .send({ clientId, clientSecret: `secret-${clientId}` })
      .expect(200);
  }
}
