/** One audit event as `GET /api/apps/:app/audit` returns it (apps/api/src/modules/audit/dtos/audit-event.view.ts). */
export interface AuditEvent {
  id: string;
  action: string;
  actor: { type: 'user' | 'api_key' | 'system'; id: string | null; email?: string };
  target: string | null;
  metadata: Record<string, string | number | boolean | null> | null;
  createdAt: string;
}
