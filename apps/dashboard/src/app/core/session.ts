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

  start(token: string, user: User): void {
    this.storage.set(token);
    this.tokenState.set(token);
    this.userState.set(user);
  }

  setUser(user: User): void {
    this.userState.set(user);
  }

  /** Forgets the token locally; the server-side revocation is AuthService's job. */
  end(): void {
    this.storage.clear();
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
