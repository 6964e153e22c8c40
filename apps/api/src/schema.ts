import { AppApiKey } from './modules/apps/entities/app-api-key.entity';
import { AppMember } from './modules/apps/entities/app-member.entity';
import { App } from './modules/apps/entities/app.entity';
import { AuditEvent } from './modules/audit/entities/audit-event.entity';
import { Session } from './modules/identity/entities/session.entity';
import { User } from './modules/identity/entities/user.entity';
import { Connection } from './modules/connections/entities/connection.entity';
import { OAuthState } from './modules/connections/entities/oauth-state.entity';
import { CustomIntegration } from './modules/integrations/entities/custom-integration.entity';
import { ProviderCredential } from './modules/providers/entities/provider-credential.entity';
import { IdentityAppsAudit1764126000000 } from './platform/database/migrations/1764126000000-identity-apps-audit';
import { ProvidersConnections1764130000000 } from './platform/database/migrations/1764130000000-providers-connections';
import { CustomIntegrations1764140000000 } from './platform/database/migrations/1764140000000-custom-integrations';
import { FunctionEntity } from './modules/functions/entities/function.entity';
import { FunctionRun } from './modules/functions/entities/function-run.entity';
import { FunctionVersion } from './modules/functions/entities/function-version.entity';
import { Functions1764160000000 } from './platform/database/migrations/1764160000000-functions';
import { ChatMessage } from './modules/chat/entities/chat-message.entity';
import { Chat1764150000000 } from './platform/database/migrations/1764150000000-chat';
import { EventIdempotencyKey } from './modules/triggers/entities/event-idempotency-key.entity';
import { Triggers1764170000000 } from './platform/database/migrations/1764170000000-triggers';
import { OAuthStateBinding1764180000000 } from './platform/database/migrations/1764180000000-oauth-state-binding';
import { PartialGrants1764210000000 } from './platform/database/migrations/1764210000000-partial-grants';
import { Invitation } from './modules/identity/entities/invitation.entity';
import { People1764190000000 } from './platform/database/migrations/1764190000000-people';

/** Every entity and migration of the API: the composition root hands this to the database module (platform knows no domain). */
// Listed by hand, never globbed: webpack bundles the app, so there are no files to glob at runtime.
export const ENTITIES = [
  User,
  Session,
  App,
  AppMember,
  AppApiKey,
  AuditEvent,
  ProviderCredential,
  OAuthState,
  Connection,
  CustomIntegration,
  FunctionEntity,
  FunctionVersion,
  FunctionRun,
  ChatMessage,
  EventIdempotencyKey,
  Invitation,
];
export const MIGRATIONS = [
  IdentityAppsAudit1764126000000,
  ProvidersConnections1764130000000,
  CustomIntegrations1764140000000,
  Chat1764150000000,
  Functions1764160000000,
  Triggers1764170000000,
  OAuthStateBinding1764180000000,
  People1764190000000,
  PartialGrants1764210000000,
];
