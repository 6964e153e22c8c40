import type { ProviderModel } from '@patchbay/spec';
import { apiError, apiErrorWithStatus, oauthError, type RenderedError } from './error-render';
import type { Fault } from './sandbox-state';
import type { RequestContext } from './request-context';
import { sendJson } from './http-io';

export type FaultOutcome = 'continue' | 'handled';

/**
 * Applies an armed fault. `delay` waits and lets the request continue normally; `drop` destroys the
 * socket without a response; the others answer with an error in the provider's shape.
 */
export async function applyFault(
  ctx: RequestContext,
  fault: Fault | undefined,
  provider: ProviderModel,
  oauthEndpoint: boolean,
): Promise<FaultOutcome> {
  if (!fault) return 'continue';
  if (fault.kind === 'delay') {
    await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
    return 'continue';
  }
  if (fault.kind === 'drop') {
    ctx.req.socket.destroy();
    return 'handled';
  }
  let rendered: RenderedError;
  if (fault.kind === '5xx') {
    const status = fault.status ?? 503;
    rendered = oauthEndpoint
      ? { ...oauthError(provider, fault.code ?? 'server_error', 'Sandbox injected server error', status), status }
      : apiErrorWithStatus(provider, status, fault.code ?? 'backendError', 'Sandbox injected server error');
  } else if (fault.kind === '429') {
    rendered = oauthEndpoint
      ? { ...oauthError(provider, fault.code ?? 'rate_limited', 'Too many requests', 429), status: 429 }
      : apiErrorWithStatus(provider, 429, fault.code ?? provider.sandbox?.rateLimit?.code ?? 'rate_limited', 'Too many requests');
    rendered.headers['retry-after'] = String(fault.retryAfter ?? 1);
  } else {
    rendered = apiError(provider, 'rateLimit', 'Rate limit exceeded', fault.retryAfter ?? 1);
  }
  sendJson(ctx.res, rendered.status, rendered.body, rendered.headers);
  return 'handled';
}
