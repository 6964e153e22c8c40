// GENERATED FILE: do not edit. The Patchbay API's OpenAPI document (GET /api/docs-json) through openapi-typescript.
// Regenerate with `npm run generate:api-types` after changing an API DTO or controller; `npm run check:generated`
// fails while this file differs from a fresh generation. Hand-written aliases live in api.models.ts & co.
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['MeController_changePassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['UsersController_remove'];
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{userId}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['UsersController_setPassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{userId}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_resetLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_list'];
    put?: never;
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['InvitationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_lookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AppsController_list'];
    put?: never;
    post: operations['AppsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AppsController_get'];
    put?: never;
    post?: never;
    delete: operations['AppsController_remove'];
    options?: never;
    head?: never;
    patch: operations['AppsController_update'];
    trace?: never;
  };
  '/api/apps/{app}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembersController_list'];
    put?: never;
    post: operations['MembersController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['MembersController_remove'];
    options?: never;
    head?: never;
    patch: operations['MembersController_changeRole'];
    trace?: never;
  };
  '/api/apps/{app}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AppInvitationsController_list'];
    put?: never;
    post: operations['AppInvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['AppInvitationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ApiKeysController_list'];
    put?: never;
    post: operations['ApiKeysController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ApiKeysController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProvidersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/providers/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProvidersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/providers/{provider}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProvidersController_setCredentials'];
    post?: never;
    delete: operations['ProvidersController_removeCredentials'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/connections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConnectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/connections/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConnectionsController_get'];
    put?: never;
    post?: never;
    delete: operations['ConnectionsController_disconnect'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/connections/{provider}/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ConnectionsController_authorize'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/connections/{provider}/credential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CredentialConnectionsController_store'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/connections/{provider}/operations/{operationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OperationsController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntegrationsController_list'];
    put?: never;
    post: operations['IntegrationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntegrationsController_get'];
    put?: never;
    post?: never;
    delete: operations['IntegrationsController_remove'];
    options?: never;
    head?: never;
    patch: operations['IntegrationsController_update'];
    trace?: never;
  };
  '/api/apps/{app}/integrations/{id}/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntegrationsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FunctionsController_list'];
    put?: never;
    post: operations['FunctionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FunctionsController_get'];
    put: operations['FunctionsController_update'];
    post?: never;
    delete: operations['FunctionsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FunctionsController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}/versions/{n}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['FunctionsController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}/invoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['FunctionsController_invoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FunctionsController_runs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/functions/{id}/runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FunctionsController_run'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EventsController_post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{app}/chat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatController_thread'];
    put?: never;
    post: operations['ChatController_ask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LoginDto: {
      /** @example admin@patchbay.local */
      email: string;
      /** Format: password */
      password: string;
    };
    UserView: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'user';
      createdAt: string;
      /** @description A disabled user cannot sign in; their sessions and API keys are refused */
      disabled: boolean;
    };
    LoginResponse: {
      /** @description Opaque bearer token (pbs_…); send as Authorization: Bearer <token> */
      token: string;
      expiresAt: string;
      user: components['schemas']['UserView'];
    };
    ChangePasswordDto: {
      /** Format: password */
      currentPassword: string;
      /** Format: password */
      newPassword: string;
    };
    CreateUserDto: {
      /** @example dev@example.com */
      email: string;
      /** @description Display name; defaults to the part of the email before @ */
      name?: string;
      /** Format: password */
      password: string;
      /**
       * @default user
       * @enum {string}
       */
      role?: 'admin' | 'user';
    };
    UpdateUserDto: {
      /** @enum {string} */
      role?: 'admin' | 'user';
      /** @description true disables the account (sessions and API keys stop working at once); false enables it */
      disabled?: boolean;
      name?: string;
    };
    SetPasswordDto: {
      /** Format: password */
      password: string;
    };
    CreatedInvitationView: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'invite' | 'reset';
      email: string;
      /** Format: uuid */
      appId: string | null;
      appName: string | null;
      /** @enum {string|null} */
      appRole: 'viewer' | 'editor' | 'owner' | null;
      /** @enum {string|null} */
      instanceRole: 'admin' | 'user' | null;
      createdAt: string;
      expiresAt: string;
      /** @description The secret of the link (pbi_…). Shown only in this response. */
      token: string;
      /** @description The link to hand over: <PATCHBAY_PUBLIC_URL>/invite/<token> */
      url: string;
      /** @description True when the link was also emailed (PATCHBAY_SMTP_URL set and the relay accepted it); else hand it over yourself */
      emailed: boolean;
    };
    CreateInvitationDto: {
      /** @example dev@example.com */
      email: string;
      /**
       * @default user
       * @enum {string}
       */
      role?: 'admin' | 'user';
    };
    InvitationView: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'invite' | 'reset';
      email: string;
      /** Format: uuid */
      appId: string | null;
      appName: string | null;
      /** @enum {string|null} */
      appRole: 'viewer' | 'editor' | 'owner' | null;
      /** @enum {string|null} */
      instanceRole: 'admin' | 'user' | null;
      createdAt: string;
      expiresAt: string;
    };
    InvitationInfoView: {
      /** @enum {string} */
      kind: 'invite' | 'reset';
      email: string;
      appName: string | null;
      /** @enum {string|null} */
      appRole: 'viewer' | 'editor' | 'owner' | null;
      expiresAt: string;
      /** @description The email has an account already: accepting signs in with its password instead of creating one */
      accountExists: boolean;
    };
    AcceptInvitationDto: {
      /** @description Display name of the new account (ignored for an existing account) */
      name?: string;
      /**
       * Format: password
       * @description The new password (at least 8 characters); for an email that already has an account, its current password (signing in)
       */
      password: string;
    };
    AcceptedInvitationView: {
      /** @description Opaque bearer token (pbs_…); send as Authorization: Bearer <token> */
      token: string;
      expiresAt: string;
      user: components['schemas']['UserView'];
      /** Format: uuid */
      appId: string | null;
    };
    CreateAppDto: {
      /** @example Support desk */
      name: string;
      description?: string;
    };
    AppView: {
      /** Format: uuid */
      id: string;
      name: string;
      description: string;
      createdAt: string;
      /**
       * @description The caller's role (instance admins who are not members see owner)
       * @enum {string}
       */
      role: 'viewer' | 'editor' | 'owner';
    };
    UpdateAppDto: {
      name?: string;
      description?: string;
    };
    MemberView: {
      /** Format: uuid */
      userId: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'owner';
      addedAt: string;
    };
    AddMemberDto: {
      /** @example dev@example.com */
      email: string;
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'owner';
    };
    MemberRequestView: {
      /** @example dev@example.com */
      email: string;
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'owner';
      /**
       * @description Always `accepted`: whether the email has an account is not revealed
       * @enum {string}
       */
      status: 'accepted';
    };
    UpdateMemberDto: {
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'owner';
    };
    CreateAppInvitationDto: {
      /** @example dev@example.com */
      email: string;
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'owner';
    };
    ApiKeyView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description First 12 characters of the key, for recognising it */
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
    };
    CreateApiKeyDto: {
      /** @example production */
      name: string;
    };
    CreatedApiKeyView: {
      /** Format: uuid */
      id: string;
      name: string;
      prefix: string;
      /** @description The key itself (pbk_…). Shown only in this response; store it now. */
      key: string;
      createdAt: string;
    };
    AuditActorView: {
      /** @enum {string} */
      type: 'user' | 'api_key' | 'system';
      id: string | null;
      email?: string;
    };
    AuditEventView: {
      /** Format: uuid */
      id: string;
      /** @example member.added */
      action: string;
      actor: components['schemas']['AuditActorView'];
      /** @example user:2f1c… */
      target: string | null;
      metadata: Record<string, unknown> | null;
      createdAt: string;
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      database: 'sqlite' | 'postgres';
      /**
       * @description what carries function runs and schedules
       * @enum {string}
       */
      queue: 'bullmq' | 'embedded';
    };
    ScopeView: {
      scope: string;
      /** @description What the permission allows, in plain words */
      description: string;
    };
    OperationSummaryView: {
      id: string;
      summary: string;
      /** @enum {string} */
      method: 'get' | 'post' | 'put' | 'patch' | 'delete';
      /** @description Least-privilege scopes the operation needs */
      scopes: string[];
      readOnly: boolean;
    };
    ExamplePromptView: {
      prompt: string;
      operations: string[];
      /** @description What connecting for this prompt asks for */
      permissions: components['schemas']['ScopeView'][];
    };
    ProviderView: {
      id: string;
      name: string;
      category: string;
      description: string;
      icon?: string;
      /**
       * @description oauth2: consent popup; credential: an editor stores a key/token/password (see authKind)
       * @enum {string}
       */
      authType: 'oauth2' | 'credential';
      /**
       * @description What connecting asks for: an OAuth consent, an API key, a bearer token, or a user name and password
       * @enum {string}
       */
      authKind: 'oauth2' | 'apiKey' | 'bearer' | 'basic';
      /**
       * @description authKind apiKey: where the key travels
       * @enum {string}
       */
      apiKeyIn?: 'header' | 'query';
      /** @description authKind apiKey: the header or query parameter name (e.g. X-Api-Key) */
      apiKeyName?: string;
      /** @description Providers in one auth group share one OAuth client */
      authGroup: string;
      /** @description Whether an admin has set the OAuth client credentials (always true for a credential connector) */
      configured: boolean;
      /** @description The exact redirect URI to register at the provider */
      redirectUri: string;
      scopes: components['schemas']['ScopeView'][];
      operations: components['schemas']['OperationSummaryView'][];
      examplePrompts: components['schemas']['ExamplePromptView'][];
      setupNotes: string[];
      /**
       * @description Whether this build's generated typed connector matches the spec
       * @enum {string}
       */
      typedConnector: 'current' | 'stale' | 'missing';
    };
    SetCredentialsDto: {
      /** @description OAuth client id registered at the provider */
      clientId: string;
      /**
       * Format: password
       * @description OAuth client secret; stored encrypted, never returned
       */
      clientSecret: string;
    };
    CredentialsSetView: {
      provider: string;
      authGroup: string;
      configured: boolean;
      /** @description Register exactly this redirect URI at the provider */
      redirectUri: string;
      /** @description Providers that share these credentials */
      sharedWith: string[];
    };
    AccountView: {
      id: string;
      label: string;
    };
    PermissionView: {
      scope: string;
      description: string;
    };
    OperationBriefView: {
      id: string;
      /** @description The operation's summary from the spec */
      summary: string;
    };
    ConnectionView: {
      provider: string;
      providerName: string;
      /** @enum {string} */
      status: 'active' | 'needs_reconnect';
      account: components['schemas']['AccountView'];
      grantedScopes: components['schemas']['PermissionView'][];
      connectedBy: string | null;
      connectedByEmail?: string | null;
      connectedAt: string;
      lastRefreshedAt: string | null;
      expiresAt: string | null;
      /** @description Why a reconnect is needed */
      lastError?: string | null;
      /** @description Permissions a consent asked for that the provider did not grant (providers with per-scope consent checkboxes); ask again for them with authorize mode add_scopes */
      notGranted: components['schemas']['PermissionView'][];
      /** @description Operations that will not run until the permissions in notGranted are granted */
      unavailableOperations: components['schemas']['OperationBriefView'][];
    };
    AuthorizeDto: {
      /** @description Permissions to ask for (scope names of the provider) */
      scopes?: string[];
      /** @description Operations the app will run; their least-privilege scopes are asked for */
      operations?: string[];
      /**
       * @default connect
       * @enum {string}
       */
      mode?: 'connect' | 'add_scopes' | 'switch' | 'reconnect';
      /**
       * @description A consent link for someone else (a colleague who owns the account) to open in their browser: not bound to this browser, expires in 5 minutes, audited as connection.consent_link_shared. Without it the flow is bound to the calling browser by an HttpOnly cookie and the callback refuses it from any other browser (browser_mismatch).
       * @default false
       */
      shareable?: boolean;
    };
    AuthorizeView: {
      /** @description The provider's consent URL; open it in a browser (popup) */
      authorizationUrl: string;
      /** @description Single-use, expires in 10 minutes (a shareable link: 5) */
      state: string;
      /** @enum {string} */
      mode: 'connect' | 'add_scopes' | 'switch' | 'reconnect';
      /** @description false: only the browser that called authorize (its cookie) can complete the consent */
      shareable: boolean;
      /** @description What the consent asks for */
      requestedScopes: components['schemas']['PermissionView'][];
      expiresAt: string;
    };
    StoreCredentialDto: {
      /**
       * Format: password
       * @description authKind apiKey: the API key (stored encrypted, never returned)
       */
      apiKey?: string;
      /**
       * Format: password
       * @description authKind bearer: the token (stored encrypted, never returned)
       */
      token?: string;
      /** @description authKind basic: user name (stored encrypted with the password) */
      username?: string;
      /**
       * Format: password
       * @description authKind basic: password (stored encrypted, never returned)
       */
      password?: string;
      /** @description What the dashboard shows for this connection (e.g. the account or key name); never the secret */
      label?: string;
    };
    RunOperationDto: {
      /** @description The operation's parameters by name, and `body` for its request body (see the provider's operations) */
      input?: {
        [key: string]: unknown;
      };
      /** @description For operations whose pagination is a next-page URL (e.g. a SOQL query's `nextRecordsUrl`): that URL, relative or on the provider's API host. `input` is then ignored. */
      nextPageUrl?: string;
    };
    IntegrationAuthView: {
      /** @enum {string} */
      type: 'api_key' | 'bearer' | 'basic';
      /** @enum {string} */
      in?: 'header' | 'query';
      name?: string;
      username?: string;
      /** @description A secret is stored (it is never returned) */
      secretSet: boolean;
    };
    IntegrationView: {
      id: string;
      name: string;
      baseUrl: string;
      auth: components['schemas']['IntegrationAuthView'];
      createdAt: string;
      updatedAt: string;
    };
    IntegrationAuthDto: {
      /** @enum {string} */
      type: 'api_key' | 'bearer' | 'basic';
      /**
       * @description api_key: where the key travels (default header)
       * @enum {string}
       */
      in?: 'header' | 'query';
      /**
       * @description api_key: header or query parameter name (default X-Api-Key)
       * @example X-Api-Key
       */
      name?: string;
      /**
       * Format: password
       * @description api_key: the key (stored encrypted, never returned)
       */
      value?: string;
      /**
       * Format: password
       * @description bearer: the token (stored encrypted, never returned)
       */
      token?: string;
      /** @description basic: user name */
      username?: string;
      /**
       * Format: password
       * @description basic: password (stored encrypted, never returned)
       */
      password?: string;
    };
    CreateIntegrationDto: {
      /** @example Billing API */
      name: string;
      /**
       * @description Every request stays under this URL. Internal addresses (loopback, private, link-local, metadata…) are refused unless PATCHBAY_OUTBOUND_ALLOW names them
       * @example https://billing.example.com/v2
       */
      baseUrl: string;
      auth: components['schemas']['IntegrationAuthDto'];
    };
    UpdateIntegrationDto: {
      name?: string;
      baseUrl?: string;
      /** @description Replaces the credential */
      auth?: components['schemas']['IntegrationAuthDto'];
    };
    IntegrationRequestDto: {
      /** @enum {string} */
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
      /**
       * @description Relative to the base URL; cannot leave it
       * @example /invoices
       */
      path: string;
      query?: {
        [key: string]: unknown;
      };
      headers?: {
        [key: string]: string;
      };
      /** @description JSON value, or a string sent as is */
      body?: Record<string, unknown>;
    };
    IntegrationResponseView: {
      /** @description The API's HTTP status */
      status: number;
      headers: {
        [key: string]: string;
      };
      /** @description Parsed JSON, or text */
      data: Record<string, unknown>;
    };
    LastRunView: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'queued' | 'running' | 'succeeded' | 'failed';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt?: string | null;
    };
    FunctionView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      appId: string;
      name: string;
      /** @description {type:"event"|"schedule"|"http", event?, cron?, timezone?, description?} */
      trigger: {
        [key: string]: unknown;
      };
      /** @description The trigger in words: "When the app sends ticket.created", "Every day at 18:00 (Europe/Paris)", "When the app calls it" */
      triggerText: string;
      /**
       * Format: date-time
       * @description The schedule's next planned run (ISO 8601); null unless an enabled schedule function
       */
      nextRunAt: string | null;
      /** @description The current version number */
      version: number;
      enabled: boolean;
      /** @description The TypeScript source (GET of one function; left out of the list) */
      code?: string;
      /** Format: uuid */
      createdBy?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      lastRun?: components['schemas']['LastRunView'] | null;
    };
    CreateFunctionDto: {
      /** @description Default: the plan's function name, or the name in the code */
      name?: string;
      /** @description TypeScript source (type-checked); give this or `plan` */
      code?: string;
      /** @description A planner result (the chat's plan): the code is generated from it */
      plan?: {
        [key: string]: unknown;
      };
    };
    UpdateFunctionDto: {
      /** @description New TypeScript source: type-checked, refused with 400 type_error (and nothing stored) when it does not */
      code?: string;
      name?: string;
      /** @description false pauses the function (no event, schedule or invoke starts it), true resumes it */
      enabled?: boolean;
    };
    FunctionVersionView: {
      number: number;
      /** @enum {string} */
      source: 'create' | 'plan' | 'edit' | 'chat' | 'restore';
      code: string;
      /** @description Unified diff against the previous version (against an empty file for version 1) */
      diff: string;
      /** Format: uuid */
      createdBy?: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    InvokeFunctionDto: {
      /** @description `ctx.input` of the run (for an event function also the event data) */
      input?: {
        [key: string]: unknown;
      };
    };
    RunView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      functionId: string;
      /** @description The code version that ran */
      version: number;
      /** @enum {string} */
      status: 'queued' | 'running' | 'succeeded' | 'failed';
      /** @description {kind:"invoke"|"event"|"schedule", actor:"user"|"api_key"|"system", actorId} */
      trigger: {
        [key: string]: unknown;
      };
      input?: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      startedAt?: string | null;
      /** Format: date-time */
      finishedAt?: string | null;
      durationMs?: number | null;
      /** @description [{t (ms since start), level, message}] */
      logs: Record<string, unknown>[];
      /** @description The function's return value (succeeded runs) */
      result?: Record<string, unknown> | null;
      /** @description {code, message, missingScopes?, consentUrl?, …} (failed runs) */
      error?: {
        [key: string]: unknown;
      } | null;
      /** @description [{provider, operationId, status, durationMs}] */
      calls: Record<string, unknown>[];
      /** @description Times the run was started: 0 while first queued; above 1 after a retry (a transient provider failure) or a take-over */
      attempt: number;
      /**
       * Format: date-time
       * @description The schedule tick a schedule run was planned for
       */
      scheduledAt?: string | null;
    };
    RunStartedView: {
      /** Format: uuid */
      runId: string;
      /** @enum {string} */
      status: 'queued' | 'running';
    };
    PostEventDto: {
      /**
       * @description The event's name: functions whose trigger names it run
       * @example ticket.created
       */
      type: string;
      /** @description The event's payload (`ctx.event.data` and `ctx.input`) */
      data?: {
        [key: string]: unknown;
      };
    };
    EventAcceptedView: {
      /** @description Ids of the queued runs, one per enabled function triggered by the event (may be empty) */
      runs: string[];
    };
    ChatRequestDto: {
      /** @example Post a message to the #support channel when a new ticket is created. */
      message: string;
      /** @description A follow-up aimed at this function: the planner edits its code instead of planning anew */
      functionId?: string;
    };
    ChatConnectorView: {
      id: string;
      name: string;
      /** @description Least privilege for the planned operations */
      requiredScopes: string[];
      grantedScopes: string[];
      missingScopes: string[];
      /** @enum {string} */
      status: 'connected' | 'not_connected' | 'missing_scopes' | 'needs_reconnect';
    };
    ChatOperationView: {
      provider: string;
      operationId: string;
      /** @description Inputs read from the request (`body.channel`: `#support`) */
      params: {
        [key: string]: unknown;
      };
      /** @description The words that chose it */
      why: string;
      readOnly: boolean;
      requiredScopes: string[];
    };
    ChatTriggerView: {
      /** @enum {string} */
      type: 'event' | 'schedule' | 'http';
      event?: string;
      cron?: string;
      timezone?: string;
      description: string;
    };
    ChatPlanView: {
      connectors: components['schemas']['ChatConnectorView'][];
      operations: components['schemas']['ChatOperationView'][];
      trigger: components['schemas']['ChatTriggerView'];
      functionName: string;
    };
    ChatPermissionView: {
      scope: string;
      /** @description What the permission allows, in plain words */
      description: string;
    };
    ChatActionView: {
      provider: string;
      name: string;
      /** @enum {string} */
      status: 'not_connected' | 'missing_scopes' | 'needs_reconnect';
      /** @enum {string} */
      mode: 'connect' | 'add_scopes' | 'reconnect';
      /** @description Required permissions (only the missing ones for add_scopes) */
      permissions: components['schemas']['ChatPermissionView'][];
      /** @description Consent URL for a popup; null for viewers or when the tool is not configured */
      connectUrl: string | null;
      /** @description Why there is no connectUrl (e.g. provider_not_configured) */
      connectError?: Record<string, unknown>;
    };
    ChatOptionView: {
      id: string;
      label: string;
    };
    ChatFunctionRef: {
      id: string;
      name: string;
      code: string;
    };
    ChatAnswerView: {
      /** @description A sentence a person reads */
      reply: string;
      /** @enum {string} */
      kind: 'plan' | 'question' | 'unknown_tool' | 'unclear' | 'edit';
      plan: components['schemas']['ChatPlanView'];
      actionRequired: components['schemas']['ChatActionView'][];
      /** @description When ambiguous: the question in words */
      question?: string;
      options?: components['schemas']['ChatOptionView'][];
      function?: components['schemas']['ChatFunctionRef'];
      /** @description With functionId: the edits applied to the function */
      edits?: Record<string, unknown>[];
      /** @description Id of the stored answer in the thread */
      messageId: string;
    };
    ChatMessageView: {
      id: string;
      /** @enum {string} */
      role: 'user' | 'assistant';
      content: string;
      userId: string | null;
      functionId: string | null;
      /** @description Assistant messages: the answer (kind, plan, question, function), consent URLs left out */
      answer?: {
        [key: string]: unknown;
      };
      createdAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description too_many_requests: too many attempts from this address, or failed ones for this email (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description server_busy: every password-hashing slot is taken (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The presented session token is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
  MeController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; this session stays, the other sessions of the user end */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description wrong_password (the current password), validation_failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description too_many_requests: too many wrong current passwords (the login lock of this email) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description email_taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description user_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description last_admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description Instance role, name, disabled; disabling ends the sessions and refuses the API keys at once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description user_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description last_admin: the last enabled instance admin cannot be demoted or disabled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_setPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordDto'];
      };
    };
    responses: {
      /** @description Set; the user's sessions end */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description user_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_resetLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A single-use reset link (24 h), shown only here; no email is sent */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedInvitationView'];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description user_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pending invitations of the whole instance (never their links) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      /** @description The link is in this answer only (no email is sent) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedInvitationView'];
        };
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description email_taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked: the link no longer works */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Instance admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invitation_not_found (also for one already used or revoked) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_lookup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret of the link (pbi_…) */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationInfoView'];
        };
      };
      /** @description invitation_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invitation_expired, invitation_used or invitation_revoked */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret of the link (pbi_…) */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      /** @description Signed in: a session like POST /api/auth/login gives */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationView'];
        };
      };
      /** @description invalid_credentials: the email has an account and this is not its password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description account_disabled */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invitation_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invitation_expired, invitation_used or invitation_revoked */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description too_many_requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppView'][];
        };
      };
    };
  };
  AppsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAppDto'];
      };
    };
    responses: {
      /** @description The creator becomes the owner */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppView'];
        };
      };
    };
  };
  AppsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAppDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the email has an account; an account with this email is a member now */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberRequestView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description member_exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description last_owner */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_changeRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description last_owner */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppInvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pending invitations of this app (never their links) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppInvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAppInvitationDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the email has an account */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedInvitationView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description member_exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AppInvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked: the link no longer works */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ApiKeysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ApiKeysController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      /** @description The key is shown only in this response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ApiKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        /** @description who acted: a member's email, `system` (what the server did by itself) or `api_key` (the app's key) */
        actor?: string;
        /** @description an action (`connection.connected`), or every action of a kind with a trailing dot (`connection.`) */
        action?: string;
        /** @description a provider id: its connection events and operation calls */
        provider?: string;
        /** @description events at or after this time (ISO 8601) */
        from?: string;
        /** @description events before this time (ISO 8601) */
        to?: string;
        /** @description paging: events older than the event with this id (the last one of the previous page) */
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description newest first; the next page: `before` = the last id of this one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description who acted: a member's email, `system` (what the server did by itself) or `api_key` (the app's key) */
        actor?: string;
        /** @description an action (`connection.connected`), or every action of a kind with a trailing dot (`connection.`) */
        action?: string;
        /** @description a provider id: its connection events and operation calls */
        provider?: string;
        /** @description events at or after this time (ISO 8601) */
        from?: string;
        /** @description events before this time (ISO 8601) */
        to?: string;
        /** @description paging: events older than the event with this id (the last one of the previous page) */
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the filtered trail as CSV, newest first, at most 10000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description database_unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProvidersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'][];
        };
      };
    };
  };
  ProvidersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
    };
  };
  ProvidersController_setCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCredentialsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CredentialsSetView'];
        };
      };
    };
  };
  ProvidersController_removeCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConnectionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConnectionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description View access: the account and the granted permissions in plain words */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConnectionsController_disconnect: {
    parameters: {
      query?: {
        /** @description Delete the connection even though its stored tokens cannot be decrypted (so cannot be revoked at the provider) */
        force?: boolean;
      };
      header?: never;
      path: {
        provider: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked at the provider where possible (the audit record says which), tokens deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description tokens_unreadable: the stored tokens cannot be decrypted, so the grant cannot be revoked; nothing was deleted (body: revoked=false, reason). Repeat with ?force=true to delete anyway. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConnectionsController_authorize: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthorizeDto'];
      };
    };
    responses: {
      /** @description Unless shareable: also sets an HttpOnly, SameSite=Lax cookie (Path=/api/oauth, 10 minutes) binding the flow to this browser; the callback refuses the state without it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthorizeView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description provider_not_configured, connection_exists, nothing_to_add */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CredentialConnectionsController_store: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StoreCredentialDto'];
      };
    };
    responses: {
      /** @description Stored (encrypted) or replaced; the secret is never returned. Disconnect with DELETE /apps/{app}/connections/{provider}. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionView'];
        };
      };
      /** @description invalid_credential: the fields do not match the provider authKind (apiKey | token | username+password) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description not_a_credential_connector: the provider connects through OAuth consent */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OperationsController_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        operationId: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunOperationDto'];
      };
    };
    responses: {
      /** @description `{status, data}`: the provider's status and response body */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description insufficient_scope with requiredScopes, missingScopes and authorizeUrl */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIntegrationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIntegrationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IntegrationsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IntegrationRequestDto'];
      };
    };
    responses: {
      /** @description The API's answer; the credential is injected and never returned */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationResponseView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Functions with their trigger and last run (without code) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFunctionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionView'];
        };
      };
      /** @description type_error {problems:[{line,column,message}]}, invalid_plan, validation_failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFunctionDto'];
      };
    };
    responses: {
      /** @description A changed code is a new version; `enabled:false` pauses the function, `true` resumes it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionView'];
        };
      };
      /** @description type_error {problems:[{line,column,message}]}, invalid_trigger (bad cron or time zone): nothing stored */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first, each with a unified diff against the one before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionVersionView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        n: number;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version's code becomes a new version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunctionView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_invoke: {
    parameters: {
      query?: {
        /** @description true (default): answer the finished run; false: 202 {runId} at once */
        wait?: unknown;
      };
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvokeFunctionDto'];
      };
    };
    responses: {
      /** @description The finished run (succeeded or failed: see status and error) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunView'];
        };
      };
      /** @description Not waited for (or still running past the wait bound) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunStartedView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_runs: {
    parameters: {
      query?: {
        status?: 'queued' | 'running' | 'succeeded' | 'failed';
        /** @description What started the run */
        trigger?: 'invoke' | 'event' | 'schedule';
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The most recent runs (50 unless `limit`), newest first; filtered by status and trigger kind */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunView'][];
        };
      };
      /** @description validation_failed: an unknown status or trigger, or a limit outside 1–200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FunctionsController_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        runId: string;
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunView'];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  EventsController_post: {
    parameters: {
      query?: never;
      header?: {
        /** @description ≤ 255 characters: a post repeated with the same key within 24 hours starts nothing and answers the same run ids */
        'Idempotency-Key'?: string;
      };
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostEventDto'];
      };
    };
    responses: {
      /** @description The runs are queued (one per enabled function triggered by the event) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventAcceptedView'];
        };
      };
      /** @description validation_failed (type, data or Idempotency-Key) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Users need the editor role; the app API key may post */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ChatController_thread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app's conversation, oldest first (the latest 200 messages) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageView'][];
        };
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ChatController_ask: {
    parameters: {
      query?: never;
      header: {
        'x-timezone': string;
        /** @description IANA zone for schedules when the message names none (default UTC) */
        'X-Timezone'?: string;
      };
      path: {
        app: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatRequestDto'];
      };
    };
    responses: {
      /** @description The plan, the action required and (editors) consent URLs; viewers get no consent URLs and no function */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatAnswerView'];
        };
      };
      /** @description invalid_message (empty, too long, binary), validation_failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description app_not_found (also for apps you are not a member of) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
