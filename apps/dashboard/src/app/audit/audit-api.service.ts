import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuditEvent } from './audit.models';

/**
 * `GET /api/apps/:app/audit` (viewer): the app's events, newest first, a page at a time (`before` = the last id of the
 * previous page). The endpoint also filters server-side (actor, action, provider, time) and exports CSV; the page
 * loads pages of {@link AUDIT_PAGE} and filters what it has loaded, so the filter choices list what actually occurred.
 */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(appId: string, before?: string): Promise<AuditEvent[]> {
    let params = new HttpParams().set('limit', AUDIT_PAGE);
    if (before) params = params.set('before', before);
    return firstValueFrom(this.http.get<AuditEvent[]>(`/api/apps/${encodeURIComponent(appId)}/audit`, { params }));
  }
}

/** Events per request (the endpoint's maximum). */
export const AUDIT_PAGE = 500;
