/**
 * One audit event as `GET /api/apps/:app/audit` returns it, taken from the API's OpenAPI document
 * (api-types.generated.ts, from apps/api/src/modules/audit/dtos/audit-event.view.ts): edit the DTO, never this alias.
 */
import type { components } from '../core/api-types.generated';

export type AuditEvent = components['schemas']['AuditEventView'];
