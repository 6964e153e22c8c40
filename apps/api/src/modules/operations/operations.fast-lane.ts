import { Injectable, Logger } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { AppConfig } from '../../platform/config/app-config';
import { SESSION_TOKEN_PREFIX } from '../../platform/crypto/opaque-token';
import { createJsonBodyParser } from '../../platform/http/json-body.middleware';
import { createSecurityHeaders, securityHeadersFor } from '../../platform/http/security-headers';
import { RequestLog } from '../../platform/logging/logging.module';
import { Metrics } from '../../platform/metrics/metrics';
import { OperationRequest } from './operation-request';

/** `POST /api/apps/:app/connections/:provider/operations/:operationId` (one optional trailing slash, any query). */
const ROUTE = /^\/api\/apps\/([^/?#]+)\/connections\/([^/?#]+)\/operations\/([^/?#]+)\/?(?:\?.*)?$/;
const ROUTE_TEMPLATE = '/api/apps/:app/connections/:provider/operations/:operationId';
const BEARER = /^Bearer +(\S+) *$/i;
const JSON_UTF8 = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

interface Matched {
  appId: string;
  provider: string;
  operationId: string;
  token: string;
}

/**
 * The hot path of the product, served straight from the HTTP server instead of through Express and Nest's
 * per-request pipeline (router, middleware chain, passport, guards, pipes, interceptors), which cost several times
 * the provider call itself. This lane only matches the request, reads its body (with the API's one JSON parser)
 * and writes the answer (with the same log line and metric as Express); everything in between — session, app
 * access, body rules, the call, the audit, the reply or error envelope — is {@link OperationRequest}, the pipeline
 * the Nest route runs too. It takes only the plain shape of the request: a session bearer token in the header and a
 * JSON body. Anything else (API keys, another content type or encoding, no body, odd paths)
 * falls through to Express, which answers it as before.
 */
@Injectable()
export class OperationsFastLane {
  private readonly logger = new Logger('OperationsFastLane');
  private readonly parseJson: RequestHandler;
  /** The headers every Express answer under /api carries (CSP, nosniff, no-store…): this lane's answers skip Express. */
  private readonly securityHeaders: Record<string, string>;
  /** The request-duration histogram's series by status (labelled once, not per request). */
  private readonly durations = new Map<number, { observe(seconds: number): void }>();

  constructor(
    private readonly request: OperationRequest,
    private readonly metrics: Metrics,
    private readonly requestLog: RequestLog,
    config: AppConfig,
  ) {
    this.parseJson = createJsonBodyParser(config);
    this.securityHeaders = securityHeadersFor(createSecurityHeaders(config.publicUrl), ROUTE_TEMPLATE);
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
    const started = process.hrtime.bigint();
    const reply = await this.request.serveHttp({ ...m, readBody: () => this.readBody(req, res) });
    if (!res.headersSent) {
      res.writeHead(reply.status, {
        ...this.securityHeaders,
        ...reply.headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': reply.payload.length,
      });
      res.end(reply.payload);
    }
    this.duration(reply.status).observe(Number(process.hrtime.bigint() - started) / 1e9);
    this.requestLog.completed(req, reply.status, startedAt, reply.body, reply.failure);
  }

  private duration(status: number): { observe(seconds: number): void } {
    let series = this.durations.get(status);
    if (!series) {
      series = this.metrics.httpDuration.labels({ method: 'POST', route: ROUTE_TEMPLATE, status: String(status) });
      this.durations.set(status, series);
    }
    return series;
  }

  /** The body through the same parser Express uses for every other route (same limit, same errors). */
  private readBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    return new Promise((resolve, reject) => {
      void this.parseJson(req as Request, res as Response, (err?: unknown) => (err ? reject(err) : resolve((req as { body?: unknown }).body)));
    });
  }
}
