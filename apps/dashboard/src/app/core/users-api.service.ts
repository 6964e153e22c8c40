import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { User } from './api.models';

export interface NewUser {
  email: string;
  name?: string;
  password: string;
}

/** Instance users (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Promise<User[]> {
    return firstValueFrom(this.http.get<User[]>('/api/users'));
  }

  create(user: NewUser): Promise<User> {
    return firstValueFrom(this.http.post<User>('/api/users', user));
  }
}
