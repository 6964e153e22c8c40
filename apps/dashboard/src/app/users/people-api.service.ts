import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AppRole, InstanceRole } from '../core/api.models';
import type { AcceptedInvitation, CreatedInvitation, Invitation, InvitationInfo, ManagedUser } from './people.models';

const enc = encodeURIComponent;

/** Invitations, reset links, passwords and user management (issue 19). */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  users(): Promise<ManagedUser[]> {
    return firstValueFrom(this.http.get<ManagedUser[]>('/api/users'));
  }

  updateUser(userId: string, changes: { role?: InstanceRole; disabled?: boolean }): Promise<ManagedUser> {
    return firstValueFrom(this.http.patch<ManagedUser>(`/api/users/${enc(userId)}`, changes));
  }

  deleteUser(userId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/users/${enc(userId)}`));
  }

  setPassword(userId: string, password: string): Promise<void> {
    return firstValueFrom(this.http.put<void>(`/api/users/${enc(userId)}/password`, { password }));
  }

  resetLink(userId: string): Promise<CreatedInvitation> {
    return firstValueFrom(this.http.post<CreatedInvitation>(`/api/users/${enc(userId)}/password-reset`, {}));
  }

  inviteToInstance(email: string, role: InstanceRole): Promise<CreatedInvitation> {
    return firstValueFrom(this.http.post<CreatedInvitation>('/api/invitations', { email, role }));
  }

  instanceInvitations(): Promise<Invitation[]> {
    return firstValueFrom(this.http.get<Invitation[]>('/api/invitations'));
  }

  revokeInstanceInvitation(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/invitations/${enc(id)}`));
  }

  inviteToApp(appId: string, email: string, role: AppRole): Promise<CreatedInvitation> {
    return firstValueFrom(this.http.post<CreatedInvitation>(`/api/apps/${enc(appId)}/invitations`, { email, role }));
  }

  appInvitations(appId: string): Promise<Invitation[]> {
    return firstValueFrom(this.http.get<Invitation[]>(`/api/apps/${enc(appId)}/invitations`));
  }

  revokeAppInvitation(appId: string, id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/apps/${enc(appId)}/invitations/${enc(id)}`));
  }

  changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
    return firstValueFrom(this.http.put<void>('/api/me/password', { currentPassword, newPassword }));
  }

  lookup(token: string): Promise<InvitationInfo> {
    return firstValueFrom(this.http.get<InvitationInfo>(`/api/invitations/${enc(token)}`));
  }

  accept(token: string, body: { name?: string; password: string }): Promise<AcceptedInvitation> {
    return firstValueFrom(this.http.post<AcceptedInvitation>(`/api/invitations/${enc(token)}/accept`, body));
  }
}
