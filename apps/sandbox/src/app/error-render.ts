import type { ProviderModel } from '@patchbay/spec';
import { isPlainObject } from './path-utils';

export interface RenderedError {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export type ErrorKind = 'badRequest' | 'forbidden' | 'unauthorized' | 'notFound' | 'rateLimit';

const DEFAULT_TEMPLATE = { error: { code: '{{code}}', message: '{{message}}' } };
const DEFAULT_OAUTH_TEMPLATE = { error: '{{code}}', error_description: '{{message}}' };

/**
 * Substitutes `{{status}}`, `{{code}}`, `{{message}}` in every string of a template. A string that is
 * exactly `{{status}}` becomes a number, because providers send the status as a JSON number.
 */
export function fillTemplate(template: unknown, vars: { status: number; code: string; message: string }): unknown {
  if (typeof template === 'string') {
    if (template === '{{status}}') return vars.status;
    return template.replace(/\{\{(status|code|message)\}\}/g, (_m, name: 'status' | 'code' | 'message') => String(vars[name]));
  }
  if (Array.isArray(template)) return template.map((x) => fillTemplate(x, vars));
  if (isPlainObject(template)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(template)) out[k] = fillTemplate(v, vars);
    return out;
  }
  return template;
}

/** An API error in the provider's real shape (model.sandbox), e.g. Slack's `{ok:false,error}` on HTTP 200. */
export function apiError(provider: ProviderModel, kind: ErrorKind, message: string, retryAfterSeconds = 1): RenderedError {
  const cfg = provider.sandbox;
  const spec = cfg?.[kind] ?? {
    status: kind === 'badRequest' ? 400 : kind === 'forbidden' ? 403 : kind === 'unauthorized' ? 401 : kind === 'notFound' ? 404 : 429,
    code: kind,
  };
  const body = fillTemplate(cfg?.template ?? DEFAULT_TEMPLATE, { status: spec.status, code: spec.code, message });
  const headers: Record<string, string> = {};
  let status = spec.status;
  if (kind === 'rateLimit') {
    // Rate limits keep their real status (Slack answers 429 even though its other errors are 200).
    if ((cfg?.rateLimit as { retryAfter?: boolean } | undefined)?.retryAfter) headers['retry-after'] = String(retryAfterSeconds);
  } else if (cfg?.httpStatusOverride) {
    status = cfg.httpStatusOverride;
  }
  return { status, body, headers };
}

/** A custom-status error (injected 5xx / 429) in the provider's API shape. */
export function apiErrorWithStatus(provider: ProviderModel, status: number, code: string, message: string): RenderedError {
  const body = fillTemplate(provider.sandbox?.template ?? DEFAULT_TEMPLATE, { status, code, message });
  return { status, body, headers: {} };
}

/** An OAuth endpoint error (token, refresh, revoke). With an ok field (Slack) it is HTTP 200 + `ok:false`. */
export function oauthError(provider: ProviderModel, code: string, message: string, status = 400): RenderedError {
  const template = provider.sandbox?.oauthTemplate ?? DEFAULT_OAUTH_TEMPLATE;
  const filled = fillTemplate(template, { status, code, message });
  const okField = provider.oauth.okField;
  if (okField) {
    const body = isPlainObject(filled) ? { [okField]: false, ...filled } : { [okField]: false, error: code };
    (body as Record<string, unknown>)[okField] = false;
    return { status: 200, body, headers: {} };
  }
  return { status, body: filled, headers: {} };
}
