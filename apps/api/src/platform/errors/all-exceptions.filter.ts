import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { mapError, responseHeadersOf } from './http-error-mapping';

/** The single place that turns failures into HTTP responses (also used for unmatched routes by Nest). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const mapped = mapError(exception);
    if (mapped.unexpected) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (res.headersSent) return;
    // Headers a domain exception asks for (Retry-After on a rate-limited or unavailable provider).
    const headers = responseHeadersOf(exception);
    if (headers) res.set(headers);
    res.status(mapped.status).json(mapped.body);
  }
}
