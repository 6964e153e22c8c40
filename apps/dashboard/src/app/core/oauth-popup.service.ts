import { Injectable } from '@angular/core';

/** Message the /oauth/complete page posts to the window that opened the consent popup. */
export const OAUTH_MESSAGE_TYPE = 'patchbay-oauth';

export interface OAuthCompleteMessage {
  type: typeof OAUTH_MESSAGE_TYPE;
  outcome: 'connected' | 'denied' | 'error';
  appId?: string;
  provider?: string;
  mode?: string;
  code?: string;
  message?: string;
  /** Connected, but the provider granted fewer scopes than asked (per-scope consent): those scopes, space-separated. */
  notGranted?: string;
  /** Operation ids that will not run without them, space-separated (`message` says both in words). */
  unavailable?: string;
}

/**
 * How a consent popup ended. `blocked`: the browser refused to open it; `closed`: the person closed it
 * before the provider sent them back.
 */
export type OAuthPopupResult = Omit<OAuthCompleteMessage, 'type'> | { outcome: 'blocked' } | { outcome: 'closed' };

export function isOAuthCompleteMessage(value: unknown): value is OAuthCompleteMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['type'] === OAUTH_MESSAGE_TYPE && ['connected', 'denied', 'error'].includes(v['outcome'] as string);
}

/** One popup name: a second Connect click reuses the window instead of stacking consent popups. */
const POPUP_NAME = 'patchbay-oauth';
const POPUP_WIDTH = 520;
const POPUP_HEIGHT = 720;
/** How long to wait for the completion message after the popup is seen closed (the message may still be queued). */
const CLOSED_GRACE_MS = 800;

/**
 * Opens a provider's consent page in a popup and resolves with the outcome the completion page posts back,
 * so the page that asked learns it without a reload. Only messages from our own origin count.
 */
@Injectable({ providedIn: 'root' })
export class OAuthPopup {
  open(url: string): Promise<OAuthPopupResult> {
    const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - POPUP_WIDTH) / 2));
    const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - POPUP_HEIGHT) / 2));
    const popup = window.open(url, POPUP_NAME, `popup=yes,width=${POPUP_WIDTH},height=${POPUP_HEIGHT},left=${left},top=${top}`);
    if (!popup) return Promise.resolve({ outcome: 'blocked' });
    popup.focus();

    return new Promise<OAuthPopupResult>((resolve) => {
      let settled = false;
      let closedAt: number | null = null;
      const finish = (result: OAuthPopupResult): void => {
        if (settled) return;
        settled = true;
        window.removeEventListener('message', onMessage);
        clearInterval(watch);
        resolve(result);
      };
      const onMessage = (event: MessageEvent): void => {
        if (event.origin !== window.location.origin || !isOAuthCompleteMessage(event.data)) return;
        const { type: _type, ...result } = event.data;
        finish(result);
      };
      const watch = setInterval(() => {
        if (!popup.closed) return;
        closedAt ??= Date.now();
        if (Date.now() - closedAt >= CLOSED_GRACE_MS) finish({ outcome: 'closed' });
      }, 250);
      window.addEventListener('message', onMessage);
    });
  }
}

/**
 * A consent that connected but got fewer permissions than it asked for (the person unticked some at the provider):
 * the API's words for which, and what will not work. Null otherwise.
 */
export function describePartialGrant(result: OAuthPopupResult, toolName: string): string | null {
  if (result.outcome !== 'connected' || !('notGranted' in result) || !result.notGranted) return null;
  return result.message ?? `${toolName} did not grant every permission that was asked for.`;
}

/** Plain words for how a consent ended, for the given tool. Null when it connected. */
export function describeOAuthResult(result: OAuthPopupResult, toolName: string): string | null {
  switch (result.outcome) {
    case 'connected':
      return null;
    case 'blocked':
      return `Your browser blocked the ${toolName} sign-in window. Allow pop-ups for this site and click the button again.`;
    case 'closed':
      return `The ${toolName} sign-in window was closed before it finished. Nothing was changed.`;
    case 'denied':
      return `Access to ${toolName} was not approved, so nothing was changed. You can connect again at any time.`;
    case 'error':
      if (result.code === 'account_mismatch') {
        return (
          result.message ??
          `You signed in to ${toolName} with a different account than this connection uses. Nothing was changed; use "Switch account" to change accounts.`
        );
      }
      return result.message ?? `Connecting ${toolName} failed. Please try again.`;
  }
}
