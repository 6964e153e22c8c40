import { ChangeDetectionStrategy, Component, computed, OnInit, signal } from '@angular/core';
import { OAUTH_MESSAGE_TYPE, OAuthCompleteMessage } from '../core/oauth-popup.service';

const OUTCOMES = ['connected', 'denied', 'error'] as const;

/** Reads the callback's query string into the message shape (unknown outcomes count as errors). */
export function readOAuthOutcome(search: string): OAuthCompleteMessage {
  const q = new URLSearchParams(search);
  const raw = q.get('outcome');
  const outcome = (OUTCOMES as readonly string[]).includes(raw ?? '') ? (raw as OAuthCompleteMessage['outcome']) : 'error';
  const message: OAuthCompleteMessage = { type: OAUTH_MESSAGE_TYPE, outcome };
  for (const key of ['appId', 'provider', 'mode', 'code', 'message', 'notGranted', 'unavailable'] as const) {
    const value = q.get(key);
    if (value) message[key] = value;
  }
  return message;
}

/**
 * Where the API's OAuth callback sends the consent popup. It tells the window that opened the popup how the
 * consent ended (same origin only) and closes itself; opened on its own, it says the outcome in words.
 */
@Component({
  selector: 'app-oauth-complete-page',
  template: `
    <main class="page" id="main">
      <h1>{{ title() }}</h1>
      <p data-testid="oauth-outcome">{{ text() }}</p>
      @if (!hasOpener()) {
        <p><a href="/apps">Back to your apps</a></p>
      }
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OAuthCompletePage implements OnInit {
  protected readonly result = readOAuthOutcome(window.location.search);
  protected readonly hasOpener = signal(false);

  /** Connected with fewer permissions than asked (the person unticked some at the provider). */
  protected readonly partial = this.result.outcome === 'connected' && !!this.result.notGranted;

  protected readonly title = computed(() =>
    this.result.outcome === 'connected'
      ? this.partial
        ? 'Connected with fewer permissions'
        : 'Connected'
      : this.result.outcome === 'denied'
        ? 'Not connected'
        : 'Connection failed',
  );
  protected readonly text = computed(() => {
    const r = this.result;
    if (r.outcome === 'connected' && this.partial)
      return `${r.message ?? 'Not every permission that was asked for was granted.'} You can ask for them again from the connection in Patchbay.`;
    if (r.outcome === 'connected') return 'The tool is connected. You can close this window and return to Patchbay.';
    if (r.outcome === 'denied') return 'Access was not approved, so nothing was changed. You can close this window.';
    return r.message ?? 'The connection could not be completed. Close this window and try again from Patchbay.';
  });

  ngOnInit(): void {
    const opener = window.opener as Window | null;
    if (!opener || opener.closed) return;
    this.hasOpener.set(true);
    // Target our own origin only: the outcome must never reach another site that might have opened us.
    opener.postMessage(this.result, window.location.origin);
    window.close();
  }
}
