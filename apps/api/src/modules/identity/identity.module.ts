import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../platform/config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AuditModule } from '../audit/audit.module';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { AuthController } from './auth.controller';
import { CredentialsService } from './credentials.service';
import { Invitation } from './entities/invitation.entity';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { FirstAdminService } from './first-admin.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { LoginAddressGuard, LoginAttempts, loginThrottlerOptions } from './login-throttling';
import { AuthenticationGuard } from './guards/authentication.guard';
import { MeController } from './me.controller';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { BearerStrategy } from './strategies/bearer.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    PassportModule.register({ session: false }),
    TypeOrmModule.forFeature([User, Session, AppApiKey, Invitation]),
    AuditModule,
    // Login limits only: LoginAddressGuard is on the login route, not global.
    ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: loginThrottlerOptions }),
  ],
  controllers: [AuthController, MeController, UsersController, InvitationsController],
  providers: [
    PasswordHasher,
    UsersService,
    SessionsService,
    CredentialsService,
    LoginAttempts,
    LoginAddressGuard,
    ApiKeyAuthenticator,
    LocalStrategy,
    BearerStrategy,
    FirstAdminService,
    InvitationsService,
    // Global: every route of every module is authenticated unless marked @Public().
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
  exports: [UsersService, SessionsService, InvitationsService],
})
export class IdentityModule {}
