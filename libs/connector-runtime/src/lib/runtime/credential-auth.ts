import type { CredentialAuth, CredentialKind } from '@patchbay/spec';
import { ConnectorError } from './connector-error';
import type { BuiltRequest } from './request-builder';

/** The secret an editor stored for a credential connector (the shape follows the spec's credential kind). */
export type CredentialSecret =
  { kind: 'apiKey'; apiKey: string } | { kind: 'bearer'; token: string } | { kind: 'basic'; username: string; password: string };

/** Header / query characters a credential may not contain (they would split or end the header or the URL part). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why the secret does not fit the connector's credential kind, or undefined when it does. */
export function credentialProblem(auth: CredentialAuth, secret: CredentialSecret): string | undefined {
  if (secret.kind !== auth.kind) return `this connector takes a ${describeKind(auth.kind)}, not a ${describeKind(secret.kind)}`;
  const values = secret.kind === 'apiKey' ? [secret.apiKey] : secret.kind === 'bearer' ? [secret.token] : [secret.username, secret.password];
  if (values.some((v) => typeof v !== 'string' || v === '')) return `the ${describeKind(auth.kind)} is empty`;
  if (values.some((v) => CONTROL.test(v))) return `the ${describeKind(auth.kind)} contains control characters`;
  if (secret.kind === 'basic' && secret.username.includes(':'))
    return 'the user name may not contain ":" (HTTP basic joins user and password with it)';
  return undefined;
}

export function describeKind(kind: CredentialKind): string {
  return kind === 'apiKey' ? 'API key' : kind === 'bearer' ? 'bearer token' : 'user name and password';
}

/** Puts the stored credential where the spec says: the apiKey header or query parameter, `Bearer`, or `Basic`. */
export function applyCredential(req: BuiltRequest, auth: CredentialAuth, secret: CredentialSecret): void {
  const problem = credentialProblem(auth, secret);
  if (problem) throw new ConnectorError('auth_failed', `The stored credential cannot be used: ${problem}`);
  if (secret.kind === 'bearer') req.headers['authorization'] = `Bearer ${secret.token}`;
  else if (secret.kind === 'basic')
    req.headers['authorization'] = `Basic ${Buffer.from(`${secret.username}:${secret.password}`, 'utf8').toString('base64')}`;
  else if (auth.kind === 'apiKey' && auth.in === 'header') {
    req.headers[auth.name.toLowerCase()] = secret.apiKey;
    // HTTP clients drop Authorization (not a vendor's own header) when a redirect leaves the origin: do not follow.
    req.followRedirects = false;
  } else if (auth.kind === 'apiKey') {
    const u = new URL(req.url);
    u.searchParams.set(auth.name, secret.apiKey);
    req.url = u.toString();
  }
}
