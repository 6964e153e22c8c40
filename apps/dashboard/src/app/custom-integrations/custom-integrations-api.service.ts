import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  CreateIntegrationInput,
  CustomIntegration,
  IntegrationAuthInput,
  IntegrationRequestInput,
  IntegrationResponse,
} from './custom-integrations.models';

/** `/api/apps/:app/integrations`: list (viewer), create / rotate / delete / test a request (editor). */
@Injectable({ providedIn: 'root' })
export class CustomIntegrationsApi {
  private readonly http = inject(HttpClient);

  private base(appId: string): string {
    return `/api/apps/${encodeURIComponent(appId)}/integrations`;
  }

  list(appId: string): Promise<CustomIntegration[]> {
    return firstValueFrom(this.http.get<CustomIntegration[]>(this.base(appId)));
  }

  create(appId: string, input: CreateIntegrationInput): Promise<CustomIntegration> {
    return firstValueFrom(this.http.post<CustomIntegration>(this.base(appId), input));
  }

  /** Replaces the stored credential (the old secret is gone for good). */
  rotate(appId: string, id: string, auth: IntegrationAuthInput): Promise<CustomIntegration> {
    return firstValueFrom(this.http.patch<CustomIntegration>(`${this.base(appId)}/${encodeURIComponent(id)}`, { auth }));
  }

  remove(appId: string, id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${this.base(appId)}/${encodeURIComponent(id)}`));
  }

  request(appId: string, id: string, input: IntegrationRequestInput): Promise<IntegrationResponse> {
    return firstValueFrom(this.http.post<IntegrationResponse>(`${this.base(appId)}/${encodeURIComponent(id)}/request`, input));
  }
}
