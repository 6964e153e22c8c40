import type { LoggerService } from '@nestjs/common';
import { StartupDetailLogger } from './startup-detail-logger';

function recorder() {
  const calls: Array<[string, unknown[]]> = [];
  const inner: LoggerService = {
    log: (...a: unknown[]) => calls.push(['log', a]),
    error: (...a: unknown[]) => calls.push(['error', a]),
    warn: (...a: unknown[]) => calls.push(['warn', a]),
    debug: (...a: unknown[]) => calls.push(['debug', a]),
  };
  return { inner, calls };
}

describe('StartupDetailLogger', () => {
  it("sends Nest's route mapping and module loading lines to debug", () => {
    const { inner, calls } = recorder();
    const logger = new StartupDetailLogger(inner);
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    expect(calls.map((c) => c[0])).toEqual(['debug', 'debug']);
    expect(calls[0][1]).toEqual(['Mapped {/api/health, GET} route', 'RouterExplorer']);
  });

  it('passes other contexts and levels through unchanged', () => {
    const { inner, calls } = recorder();
    const logger = new StartupDetailLogger(inner);
    logger.log('connected', 'Connections');
    logger.warn('careful', 'RouterExplorer');
    logger.error('boom', 'stack', 'RoutesResolver');
    expect(calls.map((c) => c[0])).toEqual(['log', 'warn', 'error']);
  });
});
