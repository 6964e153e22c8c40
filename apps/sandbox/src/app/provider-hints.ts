import type { OAuthConfig, ProviderModel } from '@patchbay/spec';

/**
 * Sandbox facts that model.ts does not carry yet (reported to the spec owners). Read loosely from
 * `provider.sandbox`, so when the loader starts passing such fields through they take effect with no
 * code change; until then the generic fallbacks below apply.
 */
export interface SandboxHints {
  /** Token-response fields the provider never sends (Salesforce: `expires_in`). */
  omitTokenFields?: string[];
  /** Real-form instance URL to hand out for `apiBaseUrlFrom` providers. */
  instanceUrl?: string;
}

export function hintsOf(provider: ProviderModel): SandboxHints {
  return (provider.sandbox ?? {}) as unknown as SandboxHints;
}

/** Whether the provider reports a token lifetime. */
export function reportsExpiry(provider: ProviderModel, o: OAuthConfig = provider.oauth): boolean {
  if (!o.tokenResponse.expiresIn) return false;
  return !(hintsOf(provider).omitTokenFields ?? []).includes(o.tokenResponse.expiresIn);
}

/**
 * The real instance URL for providers whose API host comes from the token response (`apiBaseUrlFrom`):
 * the spec server's origin with `{variables}` filled in, or with its first host label replaced by
 * `sandbox-org` (a per-org host such as `sandbox-org.example.com`). RealUrl form: the product rewrites it.
 */
export function instanceUrlFor(provider: ProviderModel): string {
  const hinted = hintsOf(provider).instanceUrl;
  if (hinted) return hinted.replace(/\/+$/, '');
  const m = /^([a-z]+):\/\/([^/]+)/i.exec(provider.baseUrl);
  if (!m) return provider.baseUrl;
  const host = m[2];
  if (host.includes('{')) return `${m[1]}://${host.replace(/\{[^}]+\}/g, 'sandbox-org')}`;
  const labels = host.split('.');
  return `${m[1]}://${labels.length > 2 ? ['sandbox-org', ...labels.slice(1)].join('.') : `sandbox-org.${host}`}`;
}
