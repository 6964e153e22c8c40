import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { LoginResponse, User } from './api.models';
import { Session } from './session';
import { TokenStorage } from './token-storage';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly storage = inject(TokenStorage);

  async login(email: string, password: string): Promise<User> {
    const res = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', { email, password }));
    this.session.start(res.token, res.user);
    return res.user;
  }

  /**
   * Loads the user behind a token kept from an earlier visit. Returns null when there is no token or it
   * no longer works (the interceptor has then already cleared it).
   */
  async restore(): Promise<User | null> {
    const known = this.session.user();
    if (known) return known;
    if (!this.session.token()) {
      // A new tab: an open tab of this dashboard may hand over its session.
      const shared = await this.storage.fromOtherTabs();
      if (!shared) return null;
      this.session.adopt(shared);
    }
    try {
      const user = await firstValueFrom(this.http.get<User>('/api/me'));
      this.session.setUser(user);
      return user;
    } catch {
      return null;
    }
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', {}));
    } catch {
      // The token is forgotten locally either way; a failed revocation must not keep the user signed in here.
    } finally {
      this.session.end();
    }
  }
}
