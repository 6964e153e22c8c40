import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ConnectionsModule } from '../connections/connections.module';
import { User } from '../identity/entities/user.entity';
import { IdentityModule } from '../identity/identity.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AppsController } from './apps.controller';
import { AppsService } from './apps.service';
import { AppAccessResolver } from './guards/app-access';
import { AppApiKey } from './entities/app-api-key.entity';
import { AppMember } from './entities/app-member.entity';
import { App } from './entities/app.entity';
import { AppInvitationsController, MembersController } from './members.controller';
import { MembersService } from './members.service';

/**
 * Global so that the AppRole guard, which every module's controllers use, finds {@link AppAccessResolver} without each
 * module registering the app and membership repositories itself.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([App, AppMember, AppApiKey, User]), AuditModule, ConnectionsModule, IdentityModule],
  controllers: [AppsController, MembersController, AppInvitationsController, ApiKeysController],
  providers: [AppsService, MembersService, ApiKeysService, AppAccessResolver],
  exports: [AppAccessResolver],
})
export class AppsModule {}
