import { Injectable, OnDestroy } from '@angular/core';

const TOKEN_KEY = 'patchbay.token';
const LAST_USER_KEY = 'patchbay.lastUser';
const CHANNEL = 'patchbay.session';
/** How long a tab opened without a token waits for an open tab to hand it one (it waits only when one answers late). */
export const ASK_OTHER_TABS_MS = 250;

type SessionMessage = { type: 'ask'; id: string } | { type: 'token'; id: string; token: string } | { type: 'ended'; token: string };

/**
 * Keeps the session token in sessionStorage rather than localStorage: the token never lands on disk and dies with the
 * last tab, so a dashboard left open on a shared machine does not stay signed in after the browser closes. Tabs of the
 * same origin share it over a BroadcastChannel instead: a tab opened without a token asks the open ones, and signing
 * out (or a token the API refused) ends the session in every tab that holds that token. Both storages are readable by
 * scripts on the page, so this narrows exposure in time; it is not a defence against XSS (strict templates, no
 * innerHTML and the API's Content-Security-Policy are).
 */
@Injectable({ providedIn: 'root' })
export class TokenStorage implements OnDestroy {
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  private endedElsewhere: (() => void) | undefined;

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<SessionMessage>) => {
      const msg = event.data;
      if (msg?.type === 'ask') {
        const token = this.get();
        if (token) this.post({ type: 'token', id: msg.id, token });
      } else if (msg?.type === 'ended' && msg.token && msg.token === this.get()) {
        sessionStorage.removeItem(TOKEN_KEY);
        this.endedElsewhere?.();
      }
    });
  }

  ngOnDestroy(): void {
    this.channel?.close();
  }

  get(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  }

  /** Forgets the token here and in every other tab holding the same one. */
  clear(): void {
    const token = this.get();
    sessionStorage.removeItem(TOKEN_KEY);
    if (token) this.post({ type: 'ended', token });
  }

  /** Called when another tab ended the session this tab shares. */
  onEndedElsewhere(callback: () => void): void {
    this.endedElsewhere = callback;
  }

  /** The token of an open tab of this dashboard, or null when none answers within {@link ASK_OTHER_TABS_MS}. */
  fromOtherTabs(waitMs = ASK_OTHER_TABS_MS): Promise<string | null> {
    const channel = this.channel;
    if (!channel) return Promise.resolve(null);
    const id = Math.random().toString(36).slice(2);
    return new Promise((resolve) => {
      const done = (token: string | null) => {
        clearTimeout(timer);
        channel.removeEventListener('message', listen);
        resolve(token);
      };
      const listen = (event: MessageEvent<SessionMessage>) => {
        const msg = event.data;
        if (msg?.type === 'token' && msg.id === id && msg.token) {
          this.set(msg.token);
          done(msg.token);
        }
      };
      const timer = setTimeout(() => done(null), waitMs);
      channel.addEventListener('message', listen);
      this.post({ type: 'ask', id });
    });
  }

  /** The id of the user last signed in in this tab: a return URL saved for someone else is not followed. */
  lastUser(): string | null {
    return sessionStorage.getItem(LAST_USER_KEY);
  }

  setLastUser(id: string): void {
    sessionStorage.setItem(LAST_USER_KEY, id);
  }

  private post(msg: SessionMessage): void {
    try {
      this.channel?.postMessage(msg);
    } catch {
      // A closed channel (page unloading): nothing to tell.
    }
  }
}
