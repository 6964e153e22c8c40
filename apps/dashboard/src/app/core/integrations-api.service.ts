import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthorizeRequest, AuthorizeResponse, Connection, CredentialsSet, OperationResult, Provider } from './integrations.models';

const enc = encodeURIComponent;

/** Providers (catalog and OAuth client settings), an app's connections and its operations. */
@Injectable({ providedIn: 'root' })
export class IntegrationsApi {
  private readonly http = inject(HttpClient);

  providers(): Promise<Provider[]> {
    return firstValueFrom(this.http.get<Provider[]>('/api/providers'));
  }

  provider(id: string): Promise<Provider> {
    return firstValueFrom(this.http.get<Provider>(`/api/providers/${enc(id)}`));
  }

  setCredentials(providerId: string, clientId: string, clientSecret: string): Promise<CredentialsSet> {
    return firstValueFrom(this.http.put<CredentialsSet>(`/api/providers/${enc(providerId)}/credentials`, { clientId, clientSecret }));
  }

  removeCredentials(providerId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/providers/${enc(providerId)}/credentials`));
  }

  connections(appId: string): Promise<Connection[]> {
    return firstValueFrom(this.http.get<Connection[]>(`/api/apps/${enc(appId)}/connections`));
  }

  connection(appId: string, providerId: string): Promise<Connection> {
    return firstValueFrom(this.http.get<Connection>(`/api/apps/${enc(appId)}/connections/${enc(providerId)}`));
  }

  authorize(appId: string, providerId: string, body: AuthorizeRequest): Promise<AuthorizeResponse> {
    return firstValueFrom(this.http.post<AuthorizeResponse>(`/api/apps/${enc(appId)}/connections/${enc(providerId)}/authorize`, body));
  }

  disconnect(appId: string, providerId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/apps/${enc(appId)}/connections/${enc(providerId)}`));
  }

  runOperation(appId: string, providerId: string, operationId: string, input: Record<string, unknown>): Promise<OperationResult> {
    return firstValueFrom(
      this.http.post<OperationResult>(`/api/apps/${enc(appId)}/connections/${enc(providerId)}/operations/${enc(operationId)}`, { input }),
    );
  }
}
