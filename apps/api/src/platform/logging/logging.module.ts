import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { REDACT_PATHS, redactBody, redactUrl } from './redaction';

type RequestWithBody = IncomingMessage & { body?: unknown; originalUrl?: string };

/** Builds pino-http options: JSON lines by default, credentials redacted from headers and bodies. */
export function pinoHttpOptions(config: AppConfig, usePretty: boolean): Options {
  return {
    level: config.logLevel,
    redact: { paths: [...REDACT_PATHS], censor: '[Redacted]' },
    // `npm start` (LOG_FORMAT=pretty): one short line per request ("POST /api/apps 201 12ms"); production keeps JSON.
    ...(usePretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              singleLine: true,
              translateTime: 'SYS:HH:MM:ss',
              ignore: 'pid,hostname,req,res,responseTime,body,context',
              messageFormat: '{if req.method}{req.method} {req.url} {res.statusCode} {responseTime}ms · {end}{if context}[{context}] {end}{msg}',
            },
          },
        }
      : {}),
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
        // OAuth callbacks carry `code` and `state` in the query; a client may send `?access_token=`.
        url: redactUrl(req.url),
        headers: req.headers,
      }),
      res: (res: ServerResponse & { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * The "request completed" line for requests served outside Express (the operations fast lane): the same shape, level
 * rule, redaction and destination as pino-http's line, through the same root logger.
 */
export class RequestLog {
  private nextId = 0;

  constructor(private readonly logger: Logger) {}

  completed(req: IncomingMessage, statusCode: number, startedAt: number, body: unknown, err?: unknown): void {
    const level: Level = err || statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
    if (!this.logger.isLevelEnabled(level)) return;
    this.nextId = (this.nextId + 1) % 2147483647;
    const line: Record<string, unknown> = {
      req: { id: `fast-${this.nextId}`, method: req.method, url: redactUrl(req.url ?? ''), headers: req.headers },
      res: { statusCode },
      responseTime: Date.now() - startedAt,
    };
    if (body !== undefined) line['body'] = redactBody(body);
    if (level === 'error') line['err'] = err instanceof Error ? err : new Error(`failed with status code ${statusCode}`);
    this.logger[level](line, level === 'error' ? 'request errored' : 'request completed');
  }
}

/** Request and application logging through nestjs-pino. `destination` lets tests capture every line. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const pretty = config.logFormat === 'pretty' && destination === undefined;
    const { transport, ...httpOptions } = pinoHttpOptions(config, pretty);
    // One root logger (level, redaction, serializers, destination) shared by pino-http and the fast lane's RequestLog.
    const rootOptions = {
      level: httpOptions.level,
      redact: httpOptions.redact,
      serializers: httpOptions.serializers,
      ...(transport ? { transport } : {}),
    };
    const root = destination ? pino(rootOptions, destination) : pino(rootOptions);
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: { ...httpOptions, logger: root }, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] })],
      providers: [{ provide: RequestLog, useValue: new RequestLog(root) }],
      exports: [LoggerModule, RequestLog],
    };
  }
}
