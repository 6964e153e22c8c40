import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { Connection, Provider } from '../core/integrations.models';
import { credentialForm, CredentialFormGroup } from '../custom-integrations/custom-integrations-helpers';

/**
 * Credential connectors (#18): tools whose spec offers an API key, a bearer token or HTTP basic instead of an OAuth
 * sign-in. These fields of `GET /api/providers` are declared here until the generated API types are regenerated.
 */
export type CredentialKind = 'apiKey' | 'bearer' | 'basic';

interface CredentialProviderFields {
  authType?: string;
  authKind?: 'oauth2' | CredentialKind;
  apiKeyIn?: 'header' | 'query';
  apiKeyName?: string;
}

/** `PUT /api/apps/:app/connections/:provider/credential`: exactly the fields of the tool's kind. */
export type StoreCredentialRequest = { apiKey: string } | { token: string } | { username: string; password: string };

/** The credential kind of a tool, or undefined for an OAuth tool (consent popup). */
export function credentialKind(p: Provider): CredentialKind | undefined {
  const f = p as Omit<Provider, 'authType'> & CredentialProviderFields;
  return f.authType === 'credential' && f.authKind && f.authKind !== 'oauth2' ? f.authKind : undefined;
}

export function credentialWords(kind: CredentialKind): string {
  return kind === 'apiKey' ? 'API key' : kind === 'bearer' ? 'access token' : 'user name and password';
}

/**
 * The custom-integration credential fields, fixed to what the tool's spec says: the kind (and for an API key, where it
 * goes and its name) are shown but cannot be changed; only the secret is typed in.
 */
export function credentialConnectorForm(fb: FormBuilder, p: Provider): CredentialFormGroup {
  const f = p as Omit<Provider, 'authType'> & CredentialProviderFields;
  const kind = credentialKind(p) ?? 'apiKey';
  const group = credentialForm(fb);
  group.controls.type.setValue(kind === 'apiKey' ? 'api_key' : kind);
  if (kind === 'apiKey') {
    group.controls.in.setValue(f.apiKeyIn ?? 'header');
    group.controls.name.setValue(f.apiKeyName ?? '');
    group.controls.in.disable({ emitEvent: false });
    group.controls.name.disable({ emitEvent: false });
  }
  group.controls.type.disable({ emitEvent: false });
  return group;
}

export function storeCredentialBody(kind: CredentialKind, group: CredentialFormGroup): StoreCredentialRequest {
  const v = group.getRawValue();
  if (kind === 'apiKey') return { apiKey: v.value };
  if (kind === 'bearer') return { token: v.token };
  return { username: v.username.trim(), password: v.password };
}

@Injectable({ providedIn: 'root' })
export class CredentialConnectorsApi {
  private readonly http = inject(HttpClient);

  store(appId: string, providerId: string, body: StoreCredentialRequest): Promise<Connection> {
    const enc = encodeURIComponent;
    return firstValueFrom(this.http.put<Connection>(`/api/apps/${enc(appId)}/connections/${enc(providerId)}/credential`, body));
  }
}
