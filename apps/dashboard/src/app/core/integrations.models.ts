/** Shapes of the providers, connections and operations endpoints (apps/api controllers and DTOs). */

/** A permission (OAuth scope) with what it allows in plain words. */
export interface Permission {
  scope: string;
  description: string;
}

export interface OperationSummary {
  id: string;
  summary: string;
  method: string;
  scopes: string[];
  readOnly: boolean;
}

export interface ExamplePrompt {
  prompt: string;
  operations: string[];
  permissions: Permission[];
}

export interface Provider {
  id: string;
  name: string;
  category: string;
  description: string;
  icon?: string;
  authType: 'oauth2';
  /** Providers in one auth group share one OAuth client (e.g. the Google tools). */
  authGroup: string;
  configured: boolean;
  redirectUri: string;
  scopes: Permission[];
  operations: OperationSummary[];
  examplePrompts: ExamplePrompt[];
  setupNotes: string[];
}

export interface CredentialsSet {
  provider: string;
  authGroup: string;
  configured: boolean;
  redirectUri: string;
  sharedWith: string[];
}

export type ConnectionStatus = 'active' | 'needs_reconnect';

export interface Connection {
  provider: string;
  providerName: string;
  status: ConnectionStatus;
  account: { id: string; label: string };
  grantedScopes: Permission[];
  connectedBy: string | null;
  connectedByEmail?: string | null;
  connectedAt: string;
  lastRefreshedAt: string | null;
  expiresAt: string | null;
  lastError?: string | null;
}

export type ConnectMode = 'connect' | 'add_scopes' | 'switch' | 'reconnect';

export interface AuthorizeRequest {
  scopes?: string[];
  operations?: string[];
  mode?: ConnectMode;
}

export interface AuthorizeResponse {
  authorizationUrl: string;
  state: string;
  mode: ConnectMode;
  requestedScopes: Permission[];
  expiresAt: string;
}

export interface OperationResult {
  status: number;
  data: unknown;
}

/** Extra fields of a 403 `insufficient_scope` answer from the operations endpoint. */
export interface InsufficientScopeDetails {
  requiredScopes: string[];
  missingScopes: Array<string | Permission>;
  missingPermissions?: Permission[];
  authorizeUrl: string;
}
