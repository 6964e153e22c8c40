import { Injectable, Logger, type ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import { Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/access-cache';
import { AppConfig } from '../../platform/config/app-config';
import { CommonException } from '../../platform/errors/common.exception';
import { mapError } from '../../platform/errors/http-error-mapping';
import { createValidationPipe } from '../../platform/errors/validation-pipe';
import { RequestLog } from '../../platform/logging/logging.module';
import { Metrics } from '../../platform/metrics/metrics';
import { AppAccessResolver } from '../apps/guards/app-access';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { SESSION_TOKEN_PREFIX } from '../../platform/crypto/opaque-token';
import { SessionsService } from '../identity/sessions.service';
import { CatalogService } from '../providers/catalog.service';
import { RunOperationDto } from './dtos/operation.dto';
import { OperationsService } from './operations.service';

/** `POST /api/apps/:app/connections/:provider/operations/:operationId` (one optional trailing slash, any query). */
const ROUTE = /^\/api\/apps\/([^/?#]+)\/connections\/([^/?#]+)\/operations\/([^/?#]+)\/?(?:\?.*)?$/;
const ROUTE_TEMPLATE = '/api/apps/:app/connections/:provider/operations/:operationId';
const BEARER = /^Bearer +(\S+) *$/i;
const JSON_UTF8 = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** The first character that is not JSON whitespace (space, tab, line feed, carriage return). */
const JSON_WS = /[^ \t\n\r]/;

interface Matched {
  appId: string;
  provider: string;
  operationId: string;
  token: string;
}

/**
 * The hot path of the product, served straight from the HTTP server instead of through Express and Nest's
 * per-request pipeline (router, middleware chain, passport, guards, pipes, interceptors), which cost several times
 * the provider call itself. It decides exactly as that pipeline does — same session lookup, same membership
 * resolver, same DTO rules (the real ValidationPipe produces every error), same error mapping, log line and metric —
 * and takes only the plain shape of the request: a session bearer token in the header and a JSON body. Anything
 * else (API keys, a token in the query, another content type or encoding, no body, odd paths) falls through to
 * Express, which answers it as before.
 */
@Injectable()
export class OperationsFastLane {
  private readonly logger = new Logger('OperationsFastLane');
  private readonly access: AppAccessResolver;
  private readonly validation: ValidationPipe = createValidationPipe();

  constructor(
    private readonly operations: OperationsService,
    private readonly catalog: CatalogService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly requestLog: RequestLog,
    @InjectRepository(App) apps: Repository<App>,
    @InjectRepository(AppMember) members: Repository<AppMember>,
    cache: AccessCache,
  ) {
    this.access = new AppAccessResolver(apps, members, cache);
  }

  /** Puts the lane in front of the server's request handler (Express). */
  install(server: Server): void {
    const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    if (handlers.length !== 1) throw new Error(`expected one request handler on the HTTP server, found ${handlers.length}`);
    const fallback = handlers[0];
    server.removeListener('request', fallback);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const matched = this.match(req);
      if (!matched) return fallback(req, res);
      this.handle(req, res, matched).catch((err: unknown) => {
        // handle() answers every failure itself; this is the last guard so nothing can escape as an unhandled rejection.
        this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
        res.destroy();
      });
    });
  }

  /** The request, when it has the plain shape this lane serves; undefined sends it to Express. */
  match(req: IncomingMessage): Matched | undefined {
    if (req.method !== 'POST') return undefined;
    const m = ROUTE.exec(req.url ?? '');
    if (!m) return undefined;
    const h = req.headers;
    const auth = h.authorization === undefined ? null : BEARER.exec(h.authorization);
    if (!auth || !auth[1].startsWith(SESSION_TOKEN_PREFIX)) return undefined;
    if (!JSON_UTF8.test(h['content-type'] ?? '') || h['content-encoding'] !== undefined) return undefined;
    const length = h['content-length'];
    if (h['transfer-encoding'] !== undefined || length === undefined || length === '0') return undefined;
    try {
      return { appId: decodeURIComponent(m[1]), provider: decodeURIComponent(m[2]), operationId: decodeURIComponent(m[3]), token: auth[1] };
    } catch {
      return undefined; // malformed escapes: Express answers them
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse, m: Matched): Promise<void> {
    const startedAt = Date.now();
    const endTimer = this.metrics.httpDuration.startTimer();
    let body: unknown;
    let status = 200;
    let payload: unknown;
    let text: string | undefined;
    let failure: unknown;
    try {
      // The order of Nest's pipeline: body parser, authentication, app role, DTO validation, then the handler.
      body = parseJson(await getRawBody(req, { length: req.headers['content-length'], limit: this.config.bodyLimitBytes, encoding: 'utf-8' }));
      const principal = await this.sessions.authenticate(m.token);
      if (!principal) throw CommonException.unauthorized();
      const access = await this.access.resolve(principal, m.appId, 'viewer');
      const dto = isPlainRunOperation(body) ? body : ((await this.validation.transform(body, { type: 'body', metatype: RunOperationDto })) as RunOperationDto);
      const provider = this.catalog.get(m.provider);
      const outcome = await this.operations.run(principal, access.app.id, provider, m.operationId, dto.input ?? {}, dto.nextPageUrl ?? undefined, access.role);
      // The provider's JSON goes out as received (it parsed, so it is valid JSON): no second serialisation.
      text = outcome.json !== undefined ? `{"status":${outcome.status},"data":${outcome.json}}` : JSON.stringify({ status: outcome.status, data: outcome.data });
    } catch (err) {
      const mapped = mapError(err);
      if (mapped.unexpected) {
        failure = err;
        this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      }
      status = mapped.status;
      payload = mapped.body;
    }
    text ??= JSON.stringify(payload);
    if (!res.headersSent) {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    }
    endTimer({ method: 'POST', route: ROUTE_TEMPLATE, status: String(status) });
    this.requestLog.completed(req, status, startedAt, body, failure);
  }
}

/** JSON the way Express's strict JSON parser takes it (an object or array at the top); its errors map alike. */
function parseJson(text: string): unknown {
  const first = JSON_WS.exec(text)?.[0];
  const fail = (message: string) => Object.assign(new SyntaxError(message), { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });
  if (first !== '{' && first !== '[') throw fail('Unexpected token in JSON body');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw fail(err instanceof Error ? err.message : 'Invalid JSON');
  }
}

/**
 * True for the bodies {@link RunOperationDto} admits unchanged (the common case): only `input` (an object) and
 * `nextPageUrl` (a string of at most 4096 characters), each optional. Anything else goes through the real
 * ValidationPipe, so errors read exactly as on every other route.
 */
function isPlainRunOperation(body: unknown): body is RunOperationDto {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  for (const key in body) {
    const v = (body as Record<string, unknown>)[key];
    if (key === 'input') {
      if (v !== null && (typeof v !== 'object' || Array.isArray(v))) return false;
    } else if (key === 'nextPageUrl') {
      if (v !== null && (typeof v !== 'string' || v.length > 4096)) return false;
    } else return false;
  }
  return true;
}
