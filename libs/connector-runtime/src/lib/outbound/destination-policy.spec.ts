import { DestinationPolicy, parseAllowEntry } from './destination-policy';
import { OutboundError } from './outbound-error';

function refusal(fn: () => unknown): OutboundError | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof OutboundError) return err;
    throw err;
  }
  return undefined;
}

describe('DestinationPolicy', () => {
  const strict = new DestinationPolicy();

  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://10.1.2.3/', 'RFC 1918'],
    ['http://172.16.0.1/', 'RFC 1918'],
    ['http://192.168.1.1:8080/', 'RFC 1918'],
    ['http://[::ffff:192.168.0.1]/', 'RFC 1918'],
    ['http://100.64.0.1/', 'CGNAT'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[fc00::1]/', 'unique-local'],
    ['http://[fd00:ec2::254]/', 'unique-local'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['http://METADATA.google.internal./', 'metadata'],
    ['ftp://example.com/', 'only http and https'],
    ['http://user:pass@example.com/', 'user-info'],
  ])('refuses %s (%s)', (url, rule) => {
    const err = refusal(() => strict.checkUrl(url));
    expect(err?.code).toBe('destination_not_allowed');
    expect(err?.message).toContain(rule);
  });

  it.each(['https://api.example.com/v1', 'http://93.184.216.34/', 'https://[2606:4700::1111]/', 'http://8.8.8.8:8080/'])('lets %s through', (url) => {
    expect(refusal(() => strict.checkUrl(url))).toBeUndefined();
  });

  it('judges resolved and connected addresses, IPv4-mapped ones as their IPv4 address', () => {
    expect(strict.addressRule('api.example.com', 443, '93.184.216.34')).toBeUndefined();
    expect(strict.addressRule('rebind.example.com', 443, '127.0.0.1')).toContain('rebind.example.com (127.0.0.1) is in loopback');
    expect(strict.addressRule('x.example.com', 443, '::ffff:10.0.0.1')).toContain('RFC 1918');
    expect(strict.addressRule('x.example.com', 443, 'not-an-ip')).toContain('not an IP address');
  });

  it('lets an admin allow a host, a host:port, an address or a CIDR, and nothing more', () => {
    const p = new DestinationPolicy({ allow: ['billing.internal', 'reports.internal:8443', '10.20.0.0/16', '127.0.0.1:9000', '[::1]:9001'] });
    expect(refusal(() => p.checkUrl('http://billing.internal/x'))).toBeUndefined();
    expect(p.addressRule('billing.internal', 80, '10.0.0.1')).toBeUndefined();
    expect(p.addressRule('reports.internal', 8443, '192.168.0.5')).toBeUndefined();
    expect(p.addressRule('reports.internal', 443, '192.168.0.5')).toContain('RFC 1918');
    expect(p.addressRule('a.internal', 80, '10.20.3.4')).toBeUndefined();
    expect(p.addressRule('a.internal', 80, '10.21.3.4')).toContain('RFC 1918');
    expect(refusal(() => p.checkUrl('http://127.0.0.1:9000/'))).toBeUndefined();
    expect(refusal(() => p.checkUrl('http://127.0.0.1:9002/'))?.code).toBe('destination_not_allowed');
    expect(refusal(() => p.checkUrl('http://[::1]:9001/'))).toBeUndefined();
    // Allowing a name does not allow the metadata service or another name resolving to the same place.
    expect(refusal(() => p.checkUrl('http://169.254.169.254/'))?.code).toBe('destination_not_allowed');
    expect(p.addressRule('other.internal', 80, '10.0.0.1')).toContain('RFC 1918');
  });

  it('parses allow-list entries and refuses nonsense', () => {
    expect(parseAllowEntry('Example.COM:8080')).toEqual({ host: 'example.com', port: 8080 });
    expect(parseAllowEntry('::1').range?.[1]).toBe(128);
    expect(parseAllowEntry('::ffff:10.0.0.0/104').range?.[1]).toBe(8);
    expect(() => parseAllowEntry('10.0.0.0/99')).toThrow('not a CIDR');
    expect(() => parseAllowEntry('a b')).toThrow('not a host name');
    expect(() => parseAllowEntry('host:70000')).toThrow('port outside');
  });
});
