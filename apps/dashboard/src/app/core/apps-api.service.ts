import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { App, AppRole, Member } from './api.models';

/** Apps and their members (owner-only writes are enforced by the API; the UI hides them for others). */
@Injectable({ providedIn: 'root' })
export class AppsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<App[]> {
    return firstValueFrom(this.http.get<App[]>('/api/apps'));
  }

  get(appId: string): Promise<App> {
    return firstValueFrom(this.http.get<App>(`/api/apps/${encodeURIComponent(appId)}`));
  }

  create(name: string, description: string): Promise<App> {
    return firstValueFrom(this.http.post<App>('/api/apps', description ? { name, description } : { name }));
  }

  update(appId: string, changes: { name?: string; description?: string }): Promise<App> {
    return firstValueFrom(this.http.patch<App>(`/api/apps/${encodeURIComponent(appId)}`, changes));
  }

  remove(appId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/apps/${encodeURIComponent(appId)}`));
  }

  members(appId: string): Promise<Member[]> {
    return firstValueFrom(this.http.get<Member[]>(`/api/apps/${encodeURIComponent(appId)}/members`));
  }

  addMember(appId: string, email: string, role: AppRole): Promise<Member> {
    return firstValueFrom(this.http.post<Member>(`/api/apps/${encodeURIComponent(appId)}/members`, { email, role }));
  }

  changeRole(appId: string, userId: string, role: AppRole): Promise<Member> {
    return firstValueFrom(this.http.patch<Member>(`/api/apps/${encodeURIComponent(appId)}/members/${encodeURIComponent(userId)}`, { role }));
  }

  removeMember(appId: string, userId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/apps/${encodeURIComponent(appId)}/members/${encodeURIComponent(userId)}`));
  }
}
