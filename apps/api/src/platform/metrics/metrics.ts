import { Controller, Get, Global, Header, Injectable, Module, NestMiddleware, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { Public } from '../http/public.decorator';
import { CommonException } from '../errors/common.exception';

/**
 * Prometheus metrics: process (CPU, memory, event loop lag, GC), HTTP requests by route template and status, and
 * provider calls and token refreshes by provider and outcome. Served at `GET /api/metrics` only when
 * PATCHBAY_METRICS_TOKEN is set, to scrapers presenting it as a bearer token.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'patchbay_http_request_duration_seconds',
    help: 'API requests by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly providerCalls = new Counter({
    name: 'patchbay_provider_calls_total',
    help: 'Operations run against providers, by provider and outcome (HTTP status or error code)',
    labelNames: ['provider', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly refreshes = new Counter({
    name: 'patchbay_token_refreshes_total',
    help: 'Access-token refreshes at providers, by provider and result',
    labelNames: ['provider', 'result'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'patchbay_' });
  }
}

/** Times every request; the label is the route template (`/api/apps/:app/…`), never the raw path with ids. */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      end({ method: req.method, route: route ? `${req.baseUrl}${route}` : 'unmatched', status: String(res.statusCode) });
    });
    next();
  }
}

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @Header('cache-control', 'no-store')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    // Off unless configured: a 404 like any unknown route.
    if (!token) throw CommonException.notFound();
    const given = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw CommonException.unauthorized();
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}

@Global()
@Module({ providers: [Metrics, MetricsMiddleware], controllers: [MetricsController], exports: [Metrics] })
export class MetricsModule {}
