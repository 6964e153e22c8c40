import { Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DestinationPolicy, OutboundClient, outboundTransport, type Transport } from '@patchbay/connector-runtime';
import { AppConfig } from '../../config/app-config';

/**
 * The allow-list the instance runs with: PATCHBAY_OUTBOUND_ALLOW, plus the sandbox origin when PATCHBAY_SANDBOX_URL
 * is set (every provider URL is rewritten onto it, usually a local address). Nothing else about the sandbox is known.
 */
export function outboundAllowList(config: Pick<AppConfig, 'outboundAllow' | 'sandboxUrl'>): string[] {
  const allow = [...config.outboundAllow];
  if (config.sandboxUrl) {
    const u = new URL(config.sandboxUrl);
    allow.push(`${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`);
  }
  return allow;
}

/**
 * The server's one outbound HTTP client (custom integrations, providers, token endpoints): the destination policy
 * from configuration and the PATCHBAY_RESPONSE_MAX_BYTES cap. Inject it; do not call `fetch` or undici directly.
 */
@Injectable()
export class OutboundHttp implements OnApplicationShutdown {
  readonly client: OutboundClient;

  constructor(config: AppConfig) {
    this.client = new OutboundClient({
      policy: new DestinationPolicy({ allow: outboundAllowList(config) }),
      maxResponseBytes: config.responseMaxBytes,
    });
  }

  /** For `new OperationRunner({ transport })`. */
  transport(): Transport {
    return outboundTransport(this.client);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

@Module({ providers: [OutboundHttp], exports: [OutboundHttp] })
export class OutboundModule {}
