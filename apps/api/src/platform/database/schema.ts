import { AppApiKey } from '../../modules/apps/entities/app-api-key.entity';
import { AppMember } from '../../modules/apps/entities/app-member.entity';
import { App } from '../../modules/apps/entities/app.entity';
import { AuditEvent } from '../../modules/audit/entities/audit-event.entity';
import { Session } from '../../modules/identity/entities/session.entity';
import { User } from '../../modules/identity/entities/user.entity';
import { IdentityAppsAudit1764126000000 } from './migrations/1764126000000-identity-apps-audit';

// Listed by hand, never globbed: webpack bundles the app, so there are no files to glob at runtime.
export const ENTITIES = [User, Session, App, AppMember, AppApiKey, AuditEvent];
export const MIGRATIONS = [IdentityAppsAudit1764126000000];
