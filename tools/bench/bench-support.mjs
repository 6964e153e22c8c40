// What the benchmarks that drive a running Patchbay share: a JSON request helper, a process's CPU time, and the
// headless connect flow (app, consent through the sandbox, callback).
import { readFileSync } from 'node:fs';

/** A JSON request (redirects handed back, not followed): status, parsed body, Location. */
export async function json(url, init = {}) {
  const res = await fetch(url, { redirect: 'manual', ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, location: res.headers.get('location') };
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); undefined elsewhere. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Creates an app and connects `route.provider` for `route.operationId` through the sandbox's auto-approving consent;
 * returns the app id. A headless script is not the browser that asked: it uses the audited link-for-a-colleague mode.
 */
export async function connectApp(base, auth, route) {
  const app = (await json(`${base}/api/apps`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'bench' }) })).body.id;
  const a = (
    await json(`${base}/api/apps/${app}/connections/${route.provider}/authorize`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ operations: [route.operationId], shareable: true }),
    })
  ).body;
  const consent = new URL(a.authorizationUrl);
  consent.searchParams.set('sandbox_auto', 'approve');
  const cb = new URL((await fetch(consent, { redirect: 'manual' })).headers.get('location'));
  const done = await fetch(`${base}${cb.pathname}${cb.search}`, { redirect: 'manual' });
  if (!done.headers.get('location')?.includes('outcome=connected')) throw new Error(`connect failed: ${done.headers.get('location')}`);
  return app;
}
