import { DynamicModule, Inject, Injectable, MiddlewareConsumer, Module, NestMiddleware, NestModule, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';
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

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/** pino-http's "request completed" line for every request Express serves. */
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  constructor(@Inject(HTTP_LOGGER) private readonly log: HttpLogger) {}

  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    this.log(req, res);
    next();
  }
}

/**
 * Request and application logging: pino-http writes the request lines, nestjs-pino's `Logger` is the application
 * logger, both through one root pino logger. `destination` lets tests capture every line.
 *
 * nestjs-pino's own request middleware is left out on purpose: it runs every request inside an AsyncLocalStorage
 * (to bind service log lines to the request), and on Node 20 one such `run` turns on promise hooks for the whole
 * process for good — every promise of every operation call then pays for them (~40 µs per call, more than all of
 * our own work on the hot path; see `npm run bench`). Request lines keep their id, method, URL and status; a service's
 * log line no longer repeats the request it was written under.
 */
@Module({})
export class LoggingModule implements NestModule {
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
      // No routes: nestjs-pino only provides the application logger (its middleware is RequestLogMiddleware's job).
      imports: [LoggerModule.forRoot({ pinoHttp: { ...httpOptions, logger: root }, forRoutes: [] })],
      providers: [
        { provide: RequestLog, useValue: new RequestLog(root) },
        { provide: HTTP_LOGGER, useValue: pinoHttp({ ...httpOptions, logger: root }) },
        RequestLogMiddleware,
      ],
      exports: [LoggerModule, RequestLog],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLogMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
