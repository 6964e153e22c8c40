import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { REDACT_PATHS, redactBody } from './redaction';

type RequestWithBody = IncomingMessage & { body?: unknown; originalUrl?: string };

/** Builds pino-http options: JSON lines by default, credentials redacted from headers and bodies. */
export function pinoHttpOptions(config: AppConfig, usePretty: boolean): Options {
  return {
    level: config.logLevel,
    redact: { paths: [...REDACT_PATHS], censor: '[Redacted]' },
    ...(usePretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // Health probes would drown everything else.
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health') },
    customProps: (req: IncomingMessage) => {
      const body = (req as RequestWithBody).body;
      return body !== undefined && req.method !== 'GET' ? { body: redactBody(body) } : {};
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; headers: Record<string, unknown> }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        headers: req.headers,
      }),
      res: (res: ServerResponse & { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** Request and application logging through nestjs-pino. `destination` lets tests capture every line. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const pretty = config.logFormat === 'pretty' && destination === undefined;
    const options = pinoHttpOptions(config, pretty);
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] })],
      exports: [LoggerModule],
    };
  }
}
