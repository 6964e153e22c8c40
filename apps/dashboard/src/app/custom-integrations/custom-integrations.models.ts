/**
 * Shapes of the custom-integrations API, taken from its OpenAPI document (api-types.generated.ts, from
 * apps/api/src/modules/integrations/dtos/integration.dto.ts): edit the DTOs, never these aliases.
 */
import type { components } from '../core/api-types.generated';

type Schemas = components['schemas'];

export type IntegrationAuthType = Schemas['IntegrationAuthView']['type'];
export const INTEGRATION_AUTH_TYPES: readonly IntegrationAuthType[] = ['api_key', 'bearer', 'basic'];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const satisfies ReadonlyArray<
  Schemas['IntegrationRequestDto']['method']
>;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What the API tells about a stored credential: never the secret itself, only that one is set. */
export type IntegrationAuthView = Schemas['IntegrationAuthView'];

export type CustomIntegration = Schemas['IntegrationView'];

/** The credential as sent on create or rotate (write-only: the secret fields are never read back). */
export type IntegrationAuthInput = Schemas['IntegrationAuthDto'];

export type CreateIntegrationInput = Schemas['CreateIntegrationDto'];

/**
 * Hand-written: the document types `body` as an object, but the API also takes a string (sent as is), and the
 * dashboard sends no query or headers.
 */
export interface IntegrationRequestInput {
  method: HttpMethod;
  path: string;
  body?: unknown;
}

/** Hand-written: the document types `data` as an object, but a text answer comes back as a string. */
export interface IntegrationResponse {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}
