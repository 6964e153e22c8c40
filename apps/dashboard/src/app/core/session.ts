import { computed, inject, Injectable, signal } from '@angular/core';
import { User } from './api.models';
import { TokenStorage } from './token-storage';

/**
 * Who is signed in. Kept free of HttpClient so the HTTP interceptor can depend on it without a cycle.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly storage = inject(TokenStorage);
  private readonly tokenState = signal<string | null>(this.storage.get());
  private readonly userState = signal<User | null>(null);

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  /** Whether the signed-in user is an instance admin (may create users). */
  readonly isAdmin = computed(() => this.userState()?.role === 'admin');

  constructor() {
    // Signing out in another tab (or a token the API refused there) ends this tab's session too.
    this.storage.onEndedElsewhere(() => {
      this.tokenState.set(null);
      this.userState.set(null);
      if (typeof location !== 'undefined' && !location.pathname.startsWith('/login')) location.assign('/login');
    });
  }

  start(token: string, user: User): void {
    this.storage.set(token);
    this.storage.setLastUser(user.id);
    this.tokenState.set(token);
    this.userState.set(user);
  }

  /** A token handed over by another open tab; the user is loaded next. */
  adopt(token: string): void {
    this.tokenState.set(token);
  }

  setUser(user: User): void {
    this.storage.setLastUser(user.id);
    this.userState.set(user);
  }

  /** The user last signed in in this tab (kept after the session ends, to decide whether a return URL is theirs). */
  lastUserId(): string | null {
    return this.storage.lastUser();
  }

  /** Forgets the token locally; the server-side revocation is AuthService's job. */
  end(): void {
    this.storage.clear();
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
