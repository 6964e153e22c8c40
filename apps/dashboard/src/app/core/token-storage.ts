import { Injectable } from '@angular/core';

const TOKEN_KEY = 'patchbay.token';

/**
 * Keeps the session token in sessionStorage rather than localStorage: the token then dies with the tab,
 * so a dashboard left open on a shared machine does not stay signed in after the browser closes, and
 * the token is never shared silently between tabs. Both storages are readable by scripts on the page,
 * so this narrows exposure in time; it is not a defence against XSS (strict templates and no
 * innerHTML are). The cost is signing in again in a new tab.
 */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  get(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  }

  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}
