import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** An app API key as listed (apps/api/src/modules/apps/dtos/api-key.dto.ts): never the key itself. */
export interface ApiKey {
  id: string;
  name: string;
  /** First characters of the key, to recognise it. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The answer to a create: the only time the key itself is sent. */
export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
  createdAt: string;
}

/** `/api/apps/:app/api-keys`: list (editor), create and revoke (owner). */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  private base(appId: string): string {
    return `/api/apps/${encodeURIComponent(appId)}/api-keys`;
  }

  list(appId: string): Promise<ApiKey[]> {
    return firstValueFrom(this.http.get<ApiKey[]>(this.base(appId)));
  }

  create(appId: string, name: string): Promise<CreatedApiKey> {
    return firstValueFrom(this.http.post<CreatedApiKey>(this.base(appId), { name }));
  }

  revoke(appId: string, id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${this.base(appId)}/${encodeURIComponent(id)}`));
  }
}
