import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditModule } from '../audit/audit.module';
import { User } from '../identity/entities/user.entity';
import { ProvidersModule } from '../providers/providers.module';
import { OutboundModule } from '../../platform/http/outbound/outbound-http';
import { ConnectionTokensService } from './connection-tokens.service';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { CredentialConnectionsController } from './credential-connections.controller';
import { CredentialConnectionsService } from './credential-connections';
import { Connection } from './entities/connection.entity';
import { OAuthState } from './entities/oauth-state.entity';
import { GrantRevoker } from './grant-revoker';
import { OAuthCallbackController } from './oauth-callback.controller';
import { OAuthClients } from './oauth-clients';
import { OAuthPassport } from './oauth-passport';
import { OAuthStateService } from './oauth-state.service';

@Module({
  imports: [TypeOrmModule.forFeature([Connection, OAuthState, App, AppMember, AppApiKey, User]), AuditModule, ProvidersModule, OutboundModule],
  controllers: [ConnectionsController, CredentialConnectionsController, OAuthCallbackController],
  providers: [
    ConnectionsService,
    CredentialConnectionsService,
    ConnectionTokensService,
    GrantRevoker,
    OAuthClients,
    OAuthPassport,
    OAuthStateService,
  ],
  exports: [ConnectionsService, ConnectionTokensService, OAuthClients],
})
export class ConnectionsModule {}
