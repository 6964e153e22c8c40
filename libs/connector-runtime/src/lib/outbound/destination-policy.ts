import * as ipaddr from 'ipaddr.js';
import { OutboundError } from './outbound-error';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * What each non-public range is, for the refusal message. ipaddr.js names the range; anything that is not `unicast`
 * (globally routable) is refused, including ranges missing here (their ipaddr.js name is shown then).
 */
const RANGE_RULES: Record<string, string> = {
  loopback: 'loopback addresses (127.0.0.0/8, ::1)',
  private: 'private network addresses (RFC 1918: 10/8, 172.16/12, 192.168/16)',
  carrierGradeNat: 'shared address space (CGNAT 100.64.0.0/10)',
  linkLocal: 'link-local addresses (169.254.0.0/16, fe80::/10; cloud metadata lives there)',
  uniqueLocal: 'unique-local IPv6 addresses (fc00::/7)',
  multicast: 'multicast addresses',
  unspecified: 'the unspecified address (0.0.0.0, ::)',
  broadcast: 'the broadcast address',
  reserved: 'reserved addresses',
  benchmarking: 'benchmarking addresses (198.18.0.0/15)',
  rfc6052: 'NAT64 addresses (64:ff9b::/96)',
  rfc6145: 'IPv4-translated addresses',
  '6to4': '6to4 addresses (2002::/16)',
  teredo: 'Teredo addresses (2001::/32)',
};

/** Names of instance-metadata services (they answer on link-local addresses, but a resolver may say otherwise). */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

interface AllowEntry {
  /** Lower-case host name (no brackets), or undefined for an address range. */
  host?: string;
  range?: [Address, number];
  /** Undefined: any port. */
  port?: number;
}

/** A parsed URL's host as an address, when it is an IP literal (the WHATWG parser already normalised odd spellings). */
function literal(hostname: string): Address | undefined {
  const h = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (!ipaddr.isValid(h)) return undefined;
  return unmapped(ipaddr.parse(h));
}

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries. */
function unmapped(a: Address): Address {
  return a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress() ? (a as ipaddr.IPv6).toIPv4Address() : a;
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

function stripDot(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/** Parses one allow-list entry: `host`, `host:port`, an address, `[v6]:port`, or a CIDR. Throws on nonsense. */
export function parseAllowEntry(raw: string): AllowEntry {
  const entry = raw.trim();
  if (!entry) throw new Error('empty entry');
  if (entry.includes('/')) {
    try {
      const [addr, bits] = ipaddr.parseCIDR(entry);
      return { range: [unmapped(addr), addr.kind() === 'ipv6' && unmapped(addr).kind() === 'ipv4' ? bits - 96 : bits] };
    } catch {
      throw new Error(`"${entry}" is not a CIDR range`);
    }
  }
  let host = entry;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) {
    host = bracketed[1];
    port = bracketed[2] !== undefined ? Number(bracketed[2]) : undefined;
  } else if (!ipaddr.IPv6.isValid(entry)) {
    const m = /^([^:]+):(\d+)$/.exec(entry);
    if (m) {
      host = m[1];
      port = Number(m[2]);
    }
  }
  if (port !== undefined && (port < 1 || port > 65535)) throw new Error(`"${entry}" has a port outside 1-65535`);
  if (ipaddr.isValid(host)) {
    const a = unmapped(ipaddr.parse(host));
    return { range: [a, a.kind() === 'ipv4' ? 32 : 128], port };
  }
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(host))
    throw new Error(`"${entry}" is not a host name, host:port or CIDR`);
  return { host: stripDot(host), port };
}

export interface DestinationPolicyOptions {
  /** Admin allow-list: `host`, `host:port`, addresses or CIDRs that may be reached even though they are internal. */
  allow?: readonly string[];
}

/**
 * Where the server may send requests: public (globally routable) addresses over http(s), plus what the admin
 * allow-list names. Refuses loopback, RFC 1918, CGNAT, link-local, unique-local, multicast, unspecified and other
 * special ranges (also when wrapped as IPv4-mapped IPv6 or spelled oddly) and cloud metadata host names.
 *
 * A URL is checked before anything is sent ({@link checkUrl}); the address a name resolves to and the address a
 * socket actually connected to are checked by the outbound client ({@link checkAddress}), so DNS answers that change
 * between the check and the connection (rebinding) are caught too.
 */
export class DestinationPolicy {
  private readonly allow: AllowEntry[];
  /** `host|port` pairs {@link checkHost} let through (a pure function of the pair and the allow-list): checked once. */
  private readonly hostsPassed = new Set<string>();

  constructor(options: DestinationPolicyOptions = {}) {
    this.allow = (options.allow ?? []).map((e) => parseAllowEntry(e));
  }

  /** A policy for tests and tools that reach anything (no check at all is never the default). */
  static permissive(): DestinationPolicy {
    return new DestinationPolicy({ allow: ['0.0.0.0/0', '::/0'] });
  }

  /** Throws `destination_not_allowed` when the URL (scheme, user-info, host) may not be called. */
  checkUrl(url: string | URL): URL {
    let u: URL;
    try {
      u = typeof url === 'string' ? new URL(url) : url;
    } catch {
      throw new OutboundError('destination_not_allowed', 'The URL is not valid');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw this.refuse(u.host, `only http and https URLs may be called, not ${u.protocol}`);
    if (u.username || u.password) throw this.refuse(u.host, 'URLs with user-info (user:password@) are not called');
    this.checkHost(u.hostname, u.port ? Number(u.port) : defaultPort(u.protocol));
    return u;
  }

  /** The host part alone (before any DNS): metadata names and IP literals. Names are judged again by address. */
  checkHost(hostname: string, port: number): void {
    const key = `${hostname}|${port}`;
    if (this.hostsPassed.has(key)) return;
    this.checkHostOnce(hostname, port);
    if (this.hostsPassed.size >= 1024) this.hostsPassed.clear();
    this.hostsPassed.add(key);
  }

  private checkHostOnce(hostname: string, port: number): void {
    const host = stripDot(hostname.replace(/^\[|\]$/g, ''));
    if (this.nameAllowed(host, port)) return;
    if (METADATA_HOSTS.has(host))
      throw this.refuse(
        host,
        `${host} is a cloud instance-metadata host, which the server does not call; an admin can allow it with PATCHBAY_OUTBOUND_ALLOW`,
      );
    const addr = literal(host);
    if (addr) this.checkAddress(host, port, addr.toString());
  }

  /** True when the allow-list names this host (and port): then any address it resolves to may be used. */
  nameAllowed(hostname: string, port?: number): boolean {
    const host = stripDot(hostname.replace(/^\[|\]$/g, ''));
    return this.allow.some((e) => e.host === host && (e.port === undefined || port === undefined || e.port === port));
  }

  /**
   * Throws `destination_not_allowed` unless `address` (what `host` resolved to or connected to) is public or allowed.
   * `port` undefined: any allowed port will do (the DNS step does not know the port; the connected socket does).
   */
  checkAddress(host: string, port: number | undefined, address: string): void {
    const rule = this.addressRule(host, port, address);
    if (rule) throw this.refuse(host, rule);
  }

  /** Why the address is refused, or undefined when it is allowed. */
  addressRule(host: string, port: number | undefined, address: string): string | undefined {
    if (this.nameAllowed(host, port)) return undefined;
    if (!ipaddr.isValid(address)) return 'the address is not an IP address';
    const a = unmapped(ipaddr.parse(address));
    const inAllowed = this.allow.some(
      (e) =>
        e.range !== undefined &&
        (e.port === undefined || port === undefined || e.port === port) &&
        e.range[0].kind() === a.kind() &&
        a.match(e.range as [ipaddr.IPv4, number] & [ipaddr.IPv6, number]),
    );
    if (inAllowed) return undefined;
    const range = a.range();
    if (range === 'unicast') return undefined;
    const what = RANGE_RULES[range] ?? `${range} addresses`;
    const shown = a.toString() === stripDot(host.replace(/^\[|\]$/g, '')) ? a.toString() : `${host} (${a.toString()})`;
    return `${shown} is in ${what}, which the server does not call; an admin can allow it with PATCHBAY_OUTBOUND_ALLOW`;
  }

  private refuse(host: string, rule: string): OutboundError {
    return new OutboundError('destination_not_allowed', `Destination not allowed: ${rule}`, host);
  }
}
