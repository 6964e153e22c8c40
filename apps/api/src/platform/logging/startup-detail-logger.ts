import type { LoggerService } from '@nestjs/common';

/**
 * Nest's start-up chatter (one line per module initialised and per route mapped: about fifty at each start) is detail
 * an operator rarely needs; it goes out at debug level so the start reads as a few lines and the ready banner stands
 * out. Everything else passes through unchanged. `LOG_LEVEL=debug` shows the detail again.
 */
export const STARTUP_DETAIL_CONTEXTS: ReadonlySet<string> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export class StartupDetailLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_DETAIL_CONTEXTS.has(context) && this.inner.debug) {
      this.inner.debug(message, ...rest);
      return;
    }
    this.inner.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug?.(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose?.(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    (this.inner.fatal ?? this.inner.error).call(this.inner, message, ...rest);
  }
}
