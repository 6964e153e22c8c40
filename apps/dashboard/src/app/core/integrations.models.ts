/**
 * Shapes of the providers, connections and operations endpoints, taken from the API's OpenAPI document
 * (api-types.generated.ts, `npm run generate:api-types`): edit the API's DTOs, never these aliases, and regenerate.
 */
import type { components } from './api-types.generated';

type Schemas = components['schemas'];

/** A permission (OAuth scope) with what it allows in plain words. */
export type Permission = Schemas['PermissionView'];

export type OperationSummary = Schemas['OperationSummaryView'];

export type ExamplePrompt = Schemas['ExamplePromptView'];

/**
 * Providers in one auth group share one OAuth client (e.g. the Google tools). Without typedConnector: the dashboard
 * does not read it (and the specs' provider fixtures do not set it).
 */
export type Provider = Omit<Schemas['ProviderView'], 'typedConnector'>;

export type CredentialsSet = Schemas['CredentialsSetView'];

export type ConnectionStatus = Schemas['ConnectionView']['status'];

export type Connection = Schemas['ConnectionView'];

export type ConnectMode = Schemas['AuthorizeView']['mode'];

export type AuthorizeRequest = Schemas['AuthorizeDto'];

export type AuthorizeResponse = Schemas['AuthorizeView'];

/** Hand-written: the operations endpoint's 200 answer has no schema in the API's document. */
export interface OperationResult {
  status: number;
  data: unknown;
}

/** Extra fields of a 403 `insufficient_scope` answer. Hand-written: the document describes no error bodies. */
export interface InsufficientScopeDetails {
  requiredScopes: string[];
  missingScopes: Array<string | Permission>;
  missingPermissions?: Permission[];
  authorizeUrl: string;
}
