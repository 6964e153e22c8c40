/**
 * The normalized provider catalog: the ONE model that the API, the sandbox, the dashboard and the
 * generators read. Produced by `loadCatalog()` from `specs/<id>/openapi.yaml` + `specs/<id>/provider.yaml`
 * (+ `specs/_auth/<group>.yaml` for shared auth). Nothing outside libs/spec parses spec files.
 */

export type ClientAuth = 'body' | 'basic';
export type BodyFormat = 'form' | 'json';
export type PkceMode = 'required' | 'supported' | 'unsupported';
/** `S256` is RFC 7636 (base64url of SHA-256); `S256-hex` is TikTok desktop's hex variant. */
export type PkceEncoding = 'S256' | 'S256-hex';
export type RefreshBehaviour = 'standard' | 'rotating' | 'none';
export type PaginationStyle = 'none' | 'cursor' | 'page_token' | 'offset' | 'next_url';
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A JSON Schema object as found in OpenAPI (after $ref resolution; may be recursive/cyclic). */
export type JsonSchema = Record<string, unknown>;

export interface ScopeInfo {
  scope: string;
  description: string;
}

/** Dot-paths into a JSON token response, e.g. `authed_user.access_token`. */
export interface TokenResponsePaths {
  accessToken: string; // default 'access_token'
  refreshToken: string; // default 'refresh_token'
  expiresIn: string; // default 'expires_in'; the field may be absent (Salesforce) → no expiry known
  scope: string; // default 'scope'
  /** Separator of the granted-scope string in the token response (defaults to oauth.scopeSeparator). */
  scopeSeparator: string;
  tokenType: string; // default 'token_type'
}

export interface RevocationConfig {
  url: string;
  method: 'POST' | 'DELETE';
  bodyFormat: BodyFormat;
  clientAuth: ClientAuth | 'none';
  /** Name of the body parameter carrying the token (default `token`). */
  tokenParam: string;
  /** Which token to revoke (revoking the refresh token kills the grant where supported). */
  token: 'access' | 'refresh';
  extraParams: Record<string, string>;
}

export interface OAuthConfig {
  /** Shared auth group id (e.g. `google`): providers in one group share one OAuth client (credentials). Defaults to the provider id. */
  group: string;
  authorizationUrl: string;
  tokenUrl: string;
  /** Defaults to tokenUrl. */
  refreshUrl: string;
  clientAuth: ClientAuth;
  bodyFormat: BodyFormat;
  pkce: PkceMode;
  pkceEncoding: PkceEncoding;
  scopeSeparator: string; // ' ' or ','
  scopeParam: string; // 'scope'
  clientIdParam: string; // 'client_id' (TikTok: 'client_key')
  /** Always added to the authorize URL (e.g. Google access_type=offline, prompt=consent; Notion owner=user). */
  authorizeParams: Record<string, string>;
  /** Added to the authorize URL in add_scopes mode (Google include_granted_scopes=true). */
  incrementalParams: Record<string, string>;
  tokenParams: Record<string, string>;
  refreshParams: Record<string, string>;
  /** Scopes always requested (e.g. `openid email` for the identity call, Salesforce `refresh_token`). */
  defaultScopes: string[];
  /** Whether the provider lets the user grant a subset of the requested scopes (sandbox shows checkboxes). */
  partialGrant: boolean;
  /** Query parameter on the callback that lists the granted scopes (TikTok `scopes`), if any. */
  callbackScopesParam?: string;
  tokenResponse: TokenResponsePaths;
  /** Slack style: HTTP 200 with `{ok:false, error}` means failure. Name of the boolean field, if any. */
  okField?: string;
  refresh: RefreshBehaviour;
  revocation?: RevocationConfig;
  /** Extra values kept from the token response: name → dot-path (Salesforce instance_url, Slack team.id). */
  metadata: Record<string, string>;
  /** Metadata key whose value replaces the spec's server URL origin for API calls (Salesforce `instance_url`). */
  apiBaseUrlFrom?: string;
}

export interface IdentityConfig {
  /** `token`: read from the token response; `request`: an HTTP call with the new access token. */
  source: 'token' | 'request';
  request?: { method: 'GET' | 'POST'; url: string };
  /** Dot-path of the stable account id (in the token response or the identity response). */
  idPath: string;
  /** Dot-path of a human label (email, workspace name…). */
  labelPath: string;
}

export interface ProviderErrorConfig {
  /** Dot-path of the provider's error code in an error body (Google `error.errors.0.reason`, Slack `error`, Salesforce `0.errorCode`). */
  codePath: string;
  /** Dot-path of the message. */
  messagePath: string;
  /** Rate-limit signals besides HTTP 429: status + code pairs (Google 403 rateLimitExceeded, Salesforce 403 REQUEST_LIMIT_EXCEEDED). */
  rateLimit: Array<{ status: number; code?: string }>;
  /** Codes that mean the token is dead / invalid (→ refresh, then needs_reconnect). */
  authCodes: string[];
}

/** How the sandbox renders errors in the provider's real shape. `{{status}}`, `{{code}}`, `{{message}}` are substituted in string values. */
export interface SandboxErrorConfig {
  /** JSON body template of a generic error. */
  template: unknown;
  /** HTTP status to use for errors where the provider answers 200 (Slack); defaults to the real status. */
  httpStatusOverride?: number;
  badRequest: { status: number; code: string };
  forbidden: { status: number; code: string };
  unauthorized: { status: number; code: string };
  notFound: { status: number; code: string };
  rateLimit: { status: number; code: string; retryAfter: boolean };
  /** Template for OAuth endpoint errors (token/refresh): default `{error, error_description}`. */
  oauthTemplate?: unknown;
  /** Token-response fields the provider never sends (e.g. `expires_in` for providers whose tokens report no lifetime). */
  omitTokenFields?: string[];
  /** Real-form per-account API origin handed out for `oauth.apiBaseUrlFrom` providers. */
  instanceUrl?: string;
}

export interface PaginationConfig {
  style: PaginationStyle;
  /** Request parameter carrying the cursor / page token / offset. */
  requestParam?: string;
  /** Where the request param goes. */
  requestIn?: 'query' | 'body';
  /** Dot-path in the response of the next cursor / page token / next URL. */
  nextPath?: string;
  /** Dot-path of the items array in the response. */
  itemsPath?: string;
  /** Page size parameter, if any. */
  limitParam?: string;
  /** Dot-path of a boolean "has more" flag, if the provider uses one (Notion has_more, TikTok data.has_more). */
  hasMorePath?: string;
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface RequestBodyModel {
  required: boolean;
  /** The chosen content type: application/json, application/x-www-form-urlencoded or multipart/related|form-data. */
  contentType: string;
  schema: JsonSchema;
}

export interface OperationModel {
  /** operationId, or a deterministic one derived from method + path when missing. */
  id: string;
  method: HttpMethod;
  /** Path template as in OpenAPI, e.g. `/calendars/{calendarId}/events`. */
  path: string;
  /** Absolute server URL for this operation (operation/path-level servers win over the document's). */
  serverUrl: string;
  summary: string;
  description?: string;
  tags: string[];
  /** OR of AND-sets exactly as in the spec's security array (after scheme filtering). */
  scopeAlternatives: string[][];
  /** Least privilege: the smallest alternative (ties → first listed). Empty when no scope is needed. */
  requiredScopes: string[];
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  /** Schema of the 2xx JSON response, if declared. */
  responseSchema?: JsonSchema;
  /** The 2xx status the spec declares first (200, 201, 204…). */
  successStatus: number;
  pagination: PaginationConfig;
  /** True for GET (and for ops marked `x-patchbay-read: true`, e.g. POST search/query endpoints). */
  readOnly: boolean;
  /** `deprecated: true` in the spec (absent otherwise). */
  deprecated?: boolean;
}

export interface ExamplePrompt {
  prompt: string;
  /** Operation ids the prompt needs; their required scopes are what "Use" asks for. */
  operations: string[];
}

/**
 * Which OAuth and identity settings a spec file (provider.yaml or its auth group) states, as opposed to defaults.
 * Authorization-server metadata (RFC 8414 / OpenID Discovery) may fill in only what no file states: provider.yaml
 * always wins.
 */
export interface DeclaredSettings {
  /** `oauth` keys set by provider.yaml or the auth group (`clientAuth`, `pkce`, `revocation`…). */
  oauth: string[];
  /** Whether `identity` is set by provider.yaml or the auth group. */
  identity: boolean;
}

/**
 * How a credential connector authenticates (a spec whose only usable security scheme is an API key, a bearer token or
 * HTTP basic): the editor stores the secret once per app; there is no consent flow and no scope.
 */
export type CredentialAuth =
  /** `type: apiKey`: the key travels in the header or query parameter `name` (e.g. `X-Api-Key`, `api_key`). */
  | { kind: 'apiKey'; schemeName: string; in: 'header' | 'query'; name: string }
  /** `type: http, scheme: bearer`: `Authorization: Bearer <token>`. */
  | { kind: 'bearer'; schemeName: string; bearerFormat?: string }
  /** `type: http, scheme: basic`: `Authorization: Basic base64(user:password)`. */
  | { kind: 'basic'; schemeName: string };

export type CredentialKind = CredentialAuth['kind'];

export interface ProviderModel {
  id: string;
  name: string;
  category: string;
  description: string;
  /** Optional icon (path relative to the spec folder or a data: URL); the dashboard falls back to initials. */
  icon?: string;
  /** `oauth2`: consent flow and scopes; `credential`: a stored API key, bearer token or user + password (see `credential`). */
  authType: 'oauth2' | 'credential';
  /** Set exactly when `authType` is `credential`. */
  credential?: CredentialAuth;
  /**
   * OAuth settings. For a credential connector these are the defaults with empty URLs and are never used (no flow,
   * no refresh, no revocation); read `authType` first.
   */
  oauth: OAuthConfig;
  identity: IdentityConfig;
  /** What the spec files state (absent on hand-built models: then everything counts as stated). */
  declared?: DeclaredSettings;
  errors: ProviderErrorConfig;
  sandbox: SandboxErrorConfig;
  /** All scopes declared by the oauth2 scheme, with descriptions (plain words). Empty for a credential connector. */
  scopes: ScopeInfo[];
  /** Default server URL of the document. */
  baseUrl: string;
  /** Fixed headers the API requires on every call (Notion-Version, LinkedIn-Version…). */
  defaultHeaders: Record<string, string>;
  operations: OperationModel[];
  setupNotes: string[];
  examplePrompts: ExamplePrompt[];
  /** Other names of the tool people use (provider.yaml `aliases`; empty when not declared). */
  aliases?: string[];
  /** Words for what the tool holds or does (provider.yaml `keywords`; empty when not declared), read by the planner. */
  keywords?: string[];
  /** Files this provider was loaded from (relative to the repo root), for error messages and drift checks. */
  sourceFiles: string[];
  /** `openapi` version of the document (3.0.x / 3.1.x). */
  openapiVersion: string;
  /**
   * `components.schemas` after $ref resolution, by name. Schemas are shared objects (and may be cyclic), so a
   * generator can map `schema object → name` by identity to emit named types instead of inlining.
   */
  schemas: Record<string, JsonSchema>;
}

/** One validation finding: file relative to the repo root, dotted JSON path inside it ('' = whole file), reason. */
export interface SpecIssue {
  file: string;
  path: string;
  message: string;
}

/** Kept for compatibility: warnings and errors share one shape. */
export type SpecWarning = SpecIssue;

export interface Catalog {
  providers: ProviderModel[];
  warnings: SpecWarning[];
}

/**
 * provider.yaml `operations.<id>.inputs.<name>.choices`: the read operation listing an input's values (`value`, a path
 * from one item) with their names (`label`); `items` is the list in its response (default: its pagination itemsPath);
 * `input` what it is called with.
 */
export interface InputChoicesHint {
  operation: string;
  value: string;
  label?: string;
  items?: string;
  input?: Record<string, unknown>;
}
