import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditModule } from '../audit/audit.module';
import { User } from '../identity/entities/user.entity';
import { ProvidersModule } from '../providers/providers.module';
import { OutboundModule } from '../../platform/http/outbound/outbound-http';
import { ConnectionConsent } from './connection-consent.service';
import { ConnectionStore } from './connection-store.service';
import { ConnectionTokensService } from './connection-tokens.service';
import { ConnectionsController } from './connections.controller';
import { CredentialConnectionsController } from './credential-connections.controller';
import { CredentialConnectionsService } from './credential-connections';
import { Connection } from './entities/connection.entity';
import { OAuthState } from './entities/oauth-state.entity';
import { GrantRevoker } from './grant-revoker';
import { OAuthCallbackController } from './oauth-callback.controller';
import { OAuthClients } from './oauth-clients';
import { OAuthCallbackExchange } from './oauth-callback-exchange';
import { OAuthStateService } from './oauth-state.service';

@Module({
  imports: [TypeOrmModule.forFeature([Connection, OAuthState, App, AppMember, AppApiKey, User]), AuditModule, ProvidersModule, OutboundModule],
  controllers: [ConnectionsController, CredentialConnectionsController, OAuthCallbackController],
  providers: [
    ConnectionConsent,
    ConnectionStore,
    CredentialConnectionsService,
    ConnectionTokensService,
    GrantRevoker,
    OAuthClients,
    OAuthCallbackExchange,
    OAuthStateService,
  ],
  exports: [ConnectionConsent, ConnectionStore, ConnectionTokensService, OAuthClients],
})
export class ConnectionsModule {}
