import { loadConfig } from '../../config/app-config';
import { ConfigError } from '../../config/config-error';
import { outboundAllowList, OutboundHttp } from './outbound-http';

describe('OutboundHttp configuration', () => {
  it('allows nothing internal by default, and the sandbox origin (only) when PATCHBAY_SANDBOX_URL is set', async () => {
    expect(outboundAllowList(loadConfig({}, '/srv'))).toEqual([]);
    const config = loadConfig({ PATCHBAY_SANDBOX_URL: 'http://127.0.0.1:4010/', PATCHBAY_OUTBOUND_ALLOW: 'billing.internal, 10.0.0.0/8' }, '/srv');
    expect(outboundAllowList(config)).toEqual(['billing.internal', '10.0.0.0/8', '127.0.0.1:4010']);
    const http = new OutboundHttp(config);
    try {
      expect(() => http.client.policy.checkUrl('http://127.0.0.1:4010/slack.com/api')).not.toThrow();
      expect(() => http.client.policy.checkUrl('http://127.0.0.1:4011/')).toThrow(/loopback/);
      expect(() => http.client.policy.checkUrl('http://10.1.2.3/')).not.toThrow();
      expect(http.client.maxResponseBytes).toBe(10 * 1024 * 1024);
    } finally {
      await http.onApplicationShutdown();
    }
  });

  it.each(['[::1]:8080', '::1', 'fd00::/8', 'host.internal:8443', '192.168.1.5'])('accepts %s in PATCHBAY_OUTBOUND_ALLOW', (entry) => {
    expect(loadConfig({ PATCHBAY_OUTBOUND_ALLOW: entry }, '/srv').outboundAllow).toEqual([entry]);
  });

  it.each(['10.0.0.0/99', 'a b', 'host:99999', 'http://x/'])('refuses %s in PATCHBAY_OUTBOUND_ALLOW at start', (entry) => {
    expect(() => loadConfig({ PATCHBAY_OUTBOUND_ALLOW: entry }, '/srv')).toThrow(ConfigError);
  });

  it('bounds PATCHBAY_RESPONSE_MAX_BYTES', () => {
    expect(loadConfig({ PATCHBAY_RESPONSE_MAX_BYTES: '2048' }, '/srv').responseMaxBytes).toBe(2048);
    expect(() => loadConfig({ PATCHBAY_RESPONSE_MAX_BYTES: '10' }, '/srv')).toThrow(ConfigError);
  });
});
