import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuditEvent } from './audit.models';

/**
 * `GET /api/apps/:app/audit` (viewer): the app's most recent events, newest first. The endpoint takes no query
 * parameters (no filters, no paging, a fixed limit of 100), so the page filters and pages what it returns.
 */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(appId: string): Promise<AuditEvent[]> {
    return firstValueFrom(this.http.get<AuditEvent[]>(`/api/apps/${encodeURIComponent(appId)}/audit`));
  }
}

/** The number of events the endpoint returns at most (AuditService.listForApp's default). */
export const AUDIT_SERVER_LIMIT = 100;
