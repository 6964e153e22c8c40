/** Shapes of the custom-integrations API (apps/api/src/modules/integrations/dtos/integration.dto.ts). */

export type IntegrationAuthType = 'api_key' | 'bearer' | 'basic';
export const INTEGRATION_AUTH_TYPES: readonly IntegrationAuthType[] = ['api_key', 'bearer', 'basic'];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What the API tells about a stored credential: never the secret itself, only that one is set. */
export interface IntegrationAuthView {
  type: IntegrationAuthType;
  in?: 'header' | 'query';
  name?: string;
  username?: string;
  secretSet: boolean;
}

export interface CustomIntegration {
  id: string;
  name: string;
  baseUrl: string;
  auth: IntegrationAuthView;
  createdAt: string;
  updatedAt: string;
}

/** The credential as sent on create or rotate (write-only: the secret fields are never read back). */
export interface IntegrationAuthInput {
  type: IntegrationAuthType;
  in?: 'header' | 'query';
  name?: string;
  value?: string;
  token?: string;
  username?: string;
  password?: string;
}

export interface CreateIntegrationInput {
  name: string;
  baseUrl: string;
  auth: IntegrationAuthInput;
}

export interface IntegrationRequestInput {
  method: HttpMethod;
  path: string;
  body?: unknown;
}

export interface IntegrationResponse {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}
