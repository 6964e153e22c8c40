import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { StartupDetailLogger } from './platform/logging/startup-detail-logger';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { OperationsFastLane } from './modules/operations/operations.fast-lane';
import { AppConfig, Env, loadConfig } from './platform/config/app-config';
import { StartupPrinter, StdoutStartupPrinter } from './platform/config/startup-printer';
import { mountDashboard } from './platform/http/dashboard-static';
import { createSecurityHeaders } from './platform/http/security-headers';
import { setupSwagger } from './platform/http/swagger';

export interface CreateAppOptions {
  /** Environment to read the configuration from (default `process.env`). */
  readonly env?: Env;
  /** Directory relative paths are resolved against (default `process.cwd()`). */
  readonly cwd?: string;
  /** Log destination (default stdout). Tests pass a stream to capture every line. */
  readonly logDestination?: DestinationStream;
  /** Receives start-up notices such as a generated admin password (default stdout). */
  readonly printer?: StartupPrinter;
  /** Extra modules mounted next to the real ones (tests only). */
  readonly extraModules?: ReadonlyArray<Type | DynamicModule>;
}

export interface CreatedApp {
  readonly app: INestApplication;
  readonly config: AppConfig;
}

/**
 * Builds the fully wired, initialised (migrated) application without listening. `main.ts` and the tests both use
 * it, so tests exercise the real filters, pipes, guards and logging.
 * @throws ConfigError when the environment is invalid (before anything starts)
 */
export async function createApp(options: CreateAppOptions = {}): Promise<CreatedApp> {
  const config = loadConfig(options.env ?? process.env, options.cwd ?? process.cwd());
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      config,
      printer: options.printer ?? new StdoutStartupPrinter(),
      logDestination: options.logDestination,
      extraModules: options.extraModules,
    }),
    // logger:false until pino takes over: a failed start must end in one clear line, not Nest's console noise.
    { bodyParser: false, logger: false, abortOnError: false },
  );
  app.useLogger(new StartupDetailLogger(app.get(Logger)));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix('api');
  // Before the dashboard and every route, so each answer (errors included) carries them; the fast lane sets its own.
  app.use(createSecurityHeaders(config.publicUrl));
  mountDashboard(app.getHttpAdapter().getInstance(), config.dashboardDir);
  setupSwagger(app, config.publicUrl);
  try {
    await app.init();
    // The operations endpoint is served in front of Express (see OperationsFastLane); everything else is Express's.
    app.get(OperationsFastLane).install(app.getHttpServer());
  } catch (err) {
    // Release what did open (database pool, server) so a failed start leaves nothing running.
    await app.close().catch(() => undefined);
    throw err;
  }
  return { app, config };
}
