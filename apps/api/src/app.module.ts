import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod, Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { AppsModule } from './modules/apps/apps.module';
import { AuditModule } from './modules/audit/audit.module';
import { ChatModule } from './modules/chat/chat.module';
import { ConnectionsModule } from './modules/connections/connections.module';
import { FunctionsModule } from './modules/functions/functions.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { IntegrationsModule } from './modules/integrations/integrations.module';
import { OperationsModule } from './modules/operations/operations.module';
import { ProvidersModule } from './modules/providers/providers.module';
import { TriggersModule } from './modules/triggers/triggers.module';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { StartupPrinter } from './platform/config/startup-printer';
import { AccessCacheModule } from './platform/cache/session-membership-cache';
import { CryptoModule } from './platform/crypto/crypto.module';
import { MetricsMiddleware, MetricsModule } from './platform/metrics/metrics';
import { MailModule } from './platform/mail/mailer';
import { DatabaseModule } from './platform/database/database.module';
import { ENTITIES, MIGRATIONS } from './schema';
import { AllExceptionsFilter } from './platform/errors/all-exceptions.filter';
import { createValidationPipe } from './platform/errors/validation-pipe';
import { JsonBodyMiddleware } from './platform/http/json-body.middleware';
import { LoggingModule } from './platform/logging/logging.module';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly printer: StartupPrinter;
  /** Where log lines go (tests capture them); stdout when absent. */
  readonly logDestination?: DestinationStream;
  /** Extra modules mounted next to the real ones (tests use it to probe cross-cutting behaviour). */
  readonly extraModules?: ReadonlyArray<Type | DynamicModule>;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config, options.printer),
        LoggingModule.forRoot(options.config, options.logDestination),
        DatabaseModule.forRoot(options.config, { entities: ENTITIES, migrations: MIGRATIONS }),
        CryptoModule,
        AccessCacheModule,
        MetricsModule,
        MailModule,
        IdentityModule,
        AppsModule,
        AuditModule,
        HealthModule,
        ProvidersModule,
        ConnectionsModule,
        OperationsModule,
        IntegrationsModule,
        FunctionsModule,
        TriggersModule,
        ChatModule,
        ...(options.extraModules ?? []),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Root-module middleware is registered after the deeper LoggerModule's, so requests are logged before parsing.
    consumer.apply(MetricsMiddleware, JsonBodyMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
