import { isAbsolute, join, resolve } from 'node:path';
import * as ipaddr from 'ipaddr.js';
import { parseEncryptionKey } from '../crypto/token-cipher';
import { ConfigError } from './config-error';

/**
 * Every environment variable the API reads, one entry each: the property it becomes on {@link AppConfig}, its name,
 * default, whether it is a secret, how it is parsed and validated, and what it is for. AppConfig, `.env.example`
 * and the table in apps/api/README.md all come from this list (config-docs.spec.ts fails when they drift;
 * `write-config-docs.ts` rewrites them). Adding a variable is adding one entry here.
 *
 * Entries are parsed in this order, so an entry may read the values of the entries above it (`ctx.earlier`).
 */

/** Which database engine DATABASE_URL selects. */
export type DatabaseKind = 'sqlite' | 'postgres';
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
export type LogFormat = 'json' | 'pretty';

export interface DatabaseConfig {
  readonly kind: DatabaseKind;
  /** PostgreSQL connection URL (only for `postgres`). */
  readonly url?: string;
  /** SQLite file path (only for `sqlite`). */
  readonly sqlitePath?: string;
}

export interface ParseContext {
  /** The variable being parsed, for error messages. */
  readonly name: string;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Values of the entries parsed before this one, by property name. */
  readonly earlier: Readonly<Record<string, unknown>>;
}

export interface ConfigVariable<T> {
  /** Environment variable name. */
  readonly name: string;
  /** Raw value used when the variable is unset or blank (parsed like a set value). Undefined → parse sees undefined. */
  readonly default?: string;
  /** How the docs show the default when it is not a fixed value (computed, generated, or unset with a meaning). */
  readonly defaultText?: string;
  /** A secret: never shown with a value in docs or examples, and redacted when the configuration is serialised. */
  readonly sensitive: boolean;
  /** One line for operators (README table, `.env.example`). */
  readonly description: string;
  /** Parses and validates the raw value (trimmed; undefined when unset and no default). Throws ConfigError via fail(). */
  readonly parse: (raw: string | undefined, ctx: ParseContext) => T;
}

export function fail(message: string): never {
  throw new ConfigError(message);
}

function variable<T>(spec: ConfigVariable<T>): ConfigVariable<T> {
  return spec;
}

/** The raw value of a variable that has a default (a missing one is a mistake in this table, not in the env). */
function present(raw: string | undefined, ctx: ParseContext): string {
  if (raw === undefined) throw new Error(`${ctx.name} has no default in the configuration table`);
  return raw;
}

function earlier<T>(ctx: ParseContext, key: string): T {
  if (!(key in ctx.earlier)) throw new Error(`${ctx.name} reads ${key}, which must come before it in the configuration table`);
  return ctx.earlier[key] as T;
}

const integer =
  (min: number, max: number) =>
  (raw: string | undefined, ctx: ParseContext): number => {
    const value = present(raw, ctx);
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) fail(`${ctx.name} must be an integer between ${min} and ${max}`);
    return Number(value);
  };

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (raw: string | undefined, ctx: ParseContext): T => {
    const value = present(raw, ctx);
    if (!(allowed as readonly string[]).includes(value)) fail(`${ctx.name} must be one of ${allowed.join(', ')}`);
    return value as T;
  };

const path = (raw: string | undefined, ctx: ParseContext): string => {
  const value = present(raw, ctx);
  return isAbsolute(value) ? value : resolve(ctx.cwd, value);
};

const optionalHttpUrl = (raw: string | undefined, ctx: ParseContext): string | undefined => {
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    fail(`${ctx.name} must be an http(s) URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`${ctx.name} must be an http(s) URL`);
  return raw.replace(/\/+$/, '');
};

/** One PATCHBAY_OUTBOUND_ALLOW entry: `host`, `host:port`, an IPv4/IPv6 address (`[v6]:port`), or a CIDR. */
function isAllowEntry(entry: string): boolean {
  if (entry.includes('/')) {
    try {
      ipaddr.parseCIDR(entry);
      return true;
    } catch {
      return false;
    }
  }
  if (ipaddr.IPv6.isValid(entry)) return true;
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(entry);
  if (!m || (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 65535))) return false;
  if (m[1] !== undefined) return ipaddr.IPv6.isValid(m[1]);
  return ipaddr.IPv4.isValid(m[2]) || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(m[2]);
}

/** A key of the wrong size is a typo or a truncated secret: stop now rather than fail on the first token. */
function keyOrFail(value: string, name: string): void {
  try {
    parseEncryptionKey(value, name);
  } catch (err) {
    fail((err as Error).message);
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
// OWASP's lowest recommended argon2id setting is 19 MiB / 2 iterations; production may not go below it.
const MIN_PRODUCTION_MEMORY_KIB = 19456;
const MIN_PRODUCTION_TIME_COST = 2;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const CONFIG_VARIABLES = {
  nodeEnv: variable({
    name: 'NODE_ENV',
    default: 'development',
    sensitive: false,
    description: '`development`, `production` or `test`; production demands an encryption key and strong password hashing',
    parse: oneOf(NODE_ENVS),
  }),
  port: variable({
    name: 'PORT',
    default: '3000',
    sensitive: false,
    description: 'TCP port the API (and the built dashboard) listens on',
    parse: integer(1, 65535),
  }),
  host: variable({
    name: 'HOST',
    default: '127.0.0.1',
    sensitive: false,
    description: 'address to listen on (`0.0.0.0` for every interface)',
    parse: (raw, ctx) => {
      const host = present(raw, ctx);
      if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) fail(`${ctx.name} must be a host name or IP address`);
      return host;
    },
  }),
  dataDir: variable({
    name: 'PATCHBAY_DATA_DIR',
    default: './data',
    sensitive: false,
    description: 'directory of the SQLite database and, in development, the generated encryption key',
    parse: path,
  }),
  database: variable({
    name: 'DATABASE_URL',
    defaultText: 'unset → SQLite `${PATCHBAY_DATA_DIR}/patchbay.sqlite`',
    sensitive: true,
    description: '`postgres://` or `postgresql://` URL; anything else stops the start',
    parse: (raw, ctx): DatabaseConfig => {
      if (raw === undefined) return { kind: 'sqlite', sqlitePath: join(earlier<string>(ctx, 'dataDir'), 'patchbay.sqlite') };
      if (!/^postgres(ql)?:\/\//i.test(raw)) fail(`${ctx.name} must start with postgres:// or postgresql:// (leave it unset for SQLite)`);
      try {
        new URL(raw);
      } catch {
        fail(`${ctx.name} must be a valid postgres:// URL`);
      }
      return { kind: 'postgres', url: raw };
    },
  }),
  adminEmail: variable({
    name: 'PATCHBAY_ADMIN_EMAIL',
    default: 'admin@patchbay.local',
    sensitive: false,
    description: 'first admin, created only when there is no user yet',
    parse: (raw, ctx) => {
      const email = present(raw, ctx).toLowerCase();
      if (!EMAIL_RE.test(email)) fail(`${ctx.name} must be an email address`);
      return email;
    },
  }),
  adminPassword: variable({
    name: 'PATCHBAY_ADMIN_PASSWORD',
    defaultText: 'generated',
    sensitive: true,
    description: "the first admin's password (≥ 8 characters); unset → generated and printed once to stdout (refused in production)",
    parse: (raw, ctx): string | undefined => {
      if (raw !== undefined && raw.length < 8) fail(`${ctx.name} must be at least 8 characters long`);
      return raw;
    },
  }),
  logLevel: variable({
    name: 'LOG_LEVEL',
    default: 'info',
    sensitive: false,
    description: '`trace`, `debug`, `info`, `warn`, `error`, `fatal` or `silent`',
    parse: oneOf(LOG_LEVELS),
  }),
  logFormat: variable({
    name: 'LOG_FORMAT',
    default: 'json',
    sensitive: false,
    description: '`json` lines, or `pretty` (pino-pretty, a development dependency)',
    parse: oneOf<LogFormat>(['json', 'pretty']),
  }),
  publicUrl: variable({
    name: 'PATCHBAY_PUBLIC_URL',
    defaultText: '`http://HOST:PORT`',
    sensitive: false,
    description: 'base URL browsers reach the instance at; OAuth redirect URIs are built from it (`<url>/api/oauth/callback`)',
    parse: (raw, ctx) => {
      const url = optionalHttpUrl(raw, ctx);
      if (url !== undefined) return url;
      const host = earlier<string>(ctx, 'host');
      return `http://${host.includes(':') ? `[${host}]` : host}:${earlier<number>(ctx, 'port')}`;
    },
  }),
  dashboardDir: variable({
    name: 'PATCHBAY_DASHBOARD_DIR',
    default: 'dist/apps/dashboard/browser',
    sensitive: false,
    description: 'the built dashboard served at `/`; skipped silently when absent',
    parse: path,
  }),
  sandboxUrl: variable({
    name: 'PATCHBAY_SANDBOX_URL',
    sensitive: false,
    defaultText: 'unset',
    description: 'base URL of the provider sandbox: every provider URL is rewritten to `${PATCHBAY_SANDBOX_URL}/<host>/<path>`; unset in production',
    parse: optionalHttpUrl,
  }),
  encryptionKey: variable({
    name: 'PATCHBAY_ENCRYPTION_KEY',
    defaultText: 'dev: generated into `${PATCHBAY_DATA_DIR}/encryption.key`',
    sensitive: true,
    description: 'key that encrypts tokens and client secrets at rest: 32 bytes, base64 or hex; required when `NODE_ENV=production`',
    parse: (raw, ctx): string | undefined => {
      if (raw === undefined) {
        if (earlier<NodeEnv>(ctx, 'nodeEnv') === 'production') fail(`${ctx.name} is required when NODE_ENV=production`);
        return undefined;
      }
      keyOrFail(raw, ctx.name);
      return raw;
    },
  }),
  sessionTtlSeconds: variable({
    name: 'PATCHBAY_SESSION_TTL_SECONDS',
    default: String(7 * 24 * 3600),
    sensitive: false,
    description: 'login sessions expire after this many seconds (7 days by default)',
    parse: integer(60, 365 * 24 * 3600),
  }),
  argon2MemoryKib: variable({
    name: 'PATCHBAY_ARGON2_MEMORY_KIB',
    default: '65536',
    sensitive: false,
    description: `argon2id memory cost of password hashes, in KiB; production refuses less than ${MIN_PRODUCTION_MEMORY_KIB}`,
    parse: integer(1024, 4 * 1024 * 1024),
  }),
  argon2TimeCost: variable({
    name: 'PATCHBAY_ARGON2_TIME_COST',
    default: '3',
    sensitive: false,
    description: `argon2id iterations of password hashes; production refuses less than ${MIN_PRODUCTION_TIME_COST}`,
    parse: (raw, ctx) => {
      const timeCost = integer(1, 20)(raw, ctx);
      const memoryCost = earlier<number>(ctx, 'argon2MemoryKib');
      if (earlier<NodeEnv>(ctx, 'nodeEnv') === 'production' && (memoryCost < MIN_PRODUCTION_MEMORY_KIB || timeCost < MIN_PRODUCTION_TIME_COST)) {
        fail(
          `PATCHBAY_ARGON2_MEMORY_KIB must be at least ${MIN_PRODUCTION_MEMORY_KIB} and ${ctx.name} at least ${MIN_PRODUCTION_TIME_COST} when NODE_ENV=production`,
        );
      }
      return timeCost;
    },
  }),
  passwordHashConcurrency: variable({
    name: 'PATCHBAY_PASSWORD_HASH_CONCURRENCY',
    default: '2',
    sensitive: false,
    description:
      'password hashes/verifications computed at once (argon2 runs on the 4 threads libuv shares with file and DNS work; 2 leaves them half free and bounds memory to 2 × the argon2 cost)',
    parse: integer(1, 64),
  }),
  passwordHashQueue: variable({
    name: 'PATCHBAY_PASSWORD_HASH_QUEUE',
    default: '32',
    sensitive: false,
    description: 'logins that may wait for a hashing slot; beyond it a login answers 503 `server_busy` with Retry-After instead of queueing forever',
    parse: integer(0, 10_000),
  }),
  loginMaxFailures: variable({
    name: 'PATCHBAY_LOGIN_MAX_FAILURES',
    default: '10',
    sensitive: false,
    description:
      'failed logins per email within PATCHBAY_LOGIN_LOCK_SECONDS before that email is locked (429 `too_many_requests`) for as long; successful logins are not counted',
    parse: integer(1, 10_000),
  }),
  loginLockSeconds: variable({
    name: 'PATCHBAY_LOGIN_LOCK_SECONDS',
    default: '900',
    sensitive: false,
    description: 'window in which failed logins of one email are counted, and how long the email stays locked after too many (15 minutes by default)',
    parse: integer(1, 24 * 3600),
  }),
  loginAddressLimit: variable({
    name: 'PATCHBAY_LOGIN_ADDRESS_LIMIT',
    default: '100',
    sensitive: false,
    description:
      'login attempts per client address (see PATCHBAY_TRUST_PROXY) per PATCHBAY_LOGIN_ADDRESS_WINDOW_SECONDS; generous so a whole office behind one NAT still gets in',
    parse: integer(1, 1_000_000),
  }),
  loginAddressWindowSeconds: variable({
    name: 'PATCHBAY_LOGIN_ADDRESS_WINDOW_SECONDS',
    default: '60',
    sensitive: false,
    description: 'window of PATCHBAY_LOGIN_ADDRESS_LIMIT; an address over the limit is refused (429 with Retry-After) for one window',
    parse: integer(1, 24 * 3600),
  }),
  bodyLimitBytes: variable({
    name: 'PATCHBAY_BODY_LIMIT_BYTES',
    default: String(1024 * 1024),
    sensitive: false,
    description: 'largest accepted JSON request body; larger bodies get 413',
    parse: integer(1024, 100 * 1024 * 1024),
  }),
  specsDir: variable({
    name: 'PATCHBAY_SPECS_DIR',
    default: 'specs',
    sensitive: false,
    description: 'the provider catalog (`<dir>/<provider>/…`); a bad spec stops the start with file/path/reason lines',
    parse: path,
  }),
  previousEncryptionKeys: variable({
    name: 'PATCHBAY_ENCRYPTION_KEYS_OLD',
    defaultText: 'unset',
    sensitive: true,
    description: 'retired keys (comma-separated) that only decrypt during a rotation; `main.js reencrypt` moves everything to the current key',
    parse: (raw, ctx): readonly string[] => {
      const keys = (raw ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== '');
      keys.forEach((k, i) => keyOrFail(k, `${ctx.name} (entry ${i + 1})`));
      return keys;
    },
  }),
  providerTimeoutMs: variable({
    name: 'PATCHBAY_PROVIDER_TIMEOUT_MS',
    default: '30000',
    sensitive: false,
    description: 'per-attempt timeout of calls to providers and custom integrations (token exchange, refresh, operations)',
    parse: integer(100, 600_000),
  }),
  providerDeadlineMs: variable({
    name: 'PATCHBAY_PROVIDER_DEADLINE_MS',
    defaultText: '`60000` (at least the timeout)',
    sensitive: false,
    description: 'budget of one operation call, retries and their waits included; at least the per-attempt timeout',
    parse: (raw, ctx) => {
      const timeout = earlier<number>(ctx, 'providerTimeoutMs');
      const deadline = integer(100, 3_600_000)(raw ?? String(Math.max(60_000, timeout)), ctx);
      if (deadline < timeout) fail(`${ctx.name} must be at least PATCHBAY_PROVIDER_TIMEOUT_MS`);
      return deadline;
    },
  }),
  outboundAllow: variable({
    name: 'PATCHBAY_OUTBOUND_ALLOW',
    defaultText: 'unset (public addresses only)',
    sensitive: false,
    description:
      'comma-separated hosts, `host:port`s, addresses or CIDRs the server may call although they are internal (loopback, private, link-local…): for custom integrations and providers on an internal network',
    parse: (raw, ctx): readonly string[] => {
      const entries = (raw ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== '');
      for (const e of entries) if (!isAllowEntry(e)) fail(`${ctx.name}: "${e}" is not a host, host:port, address or CIDR`);
      return entries;
    },
  }),
  responseMaxBytes: variable({
    name: 'PATCHBAY_RESPONSE_MAX_BYTES',
    default: String(10 * 1024 * 1024),
    sensitive: false,
    description: 'largest response body read from a provider or custom integration; a larger one is abandoned with `response_too_large`',
    parse: integer(1024, 1024 * 1024 * 1024),
  }),
  redisUrl: variable({
    name: 'REDIS_URL',
    defaultText: 'unset',
    sensitive: true,
    description:
      "`redis://…` or `rediss://…` shared by replicas: cache invalidations (logout, membership, app, connection changes) reach every replica at once; without it they are seen within the caches' 2–5 s",
    parse: (raw, ctx): string | undefined => {
      if (raw !== undefined && !/^rediss?:\/\/[^\s]+$/.test(raw)) fail(`${ctx.name} must be a redis:// or rediss:// URL`);
      return raw;
    },
  }),
  redisPrefix: variable({
    name: 'PATCHBAY_REDIS_PREFIX',
    default: 'patchbay',
    sensitive: false,
    description:
      'prefix of everything Patchbay keeps in Redis (the run queue `<prefix>:function-runs:*`, login limits `<prefix>:login-limits:*`, the cache-invalidation channel `<prefix>:cache-invalidation`): every replica and worker of one installation uses the same; another installation (or a test) sharing the Redis server uses its own',
    parse: (raw, ctx): string => {
      const value = present(raw, ctx);
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(value)) fail(`${ctx.name} must be 1 to 64 letters, digits, _ . or -`);
      return value;
    },
  }),
  runConsumer: variable({
    name: 'PATCHBAY_RUN_CONSUMER',
    default: 'true',
    sensitive: false,
    description:
      '`false`: this API process queues function runs (invoke, events, schedule ticks) but leaves carrying them out to other processes (`npm run start:worker`, other replicas)',
    parse: (raw, ctx): boolean => {
      const value = present(raw, ctx);
      if (value !== 'true' && value !== 'false') fail(`${ctx.name} must be true or false`);
      return value === 'true';
    },
  }),
  runConcurrency: variable({
    name: 'PATCHBAY_RUN_CONCURRENCY',
    default: '16',
    sensitive: false,
    description: 'function runs one process carries out at once (each in its own isolate); more wait in the queue',
    parse: integer(1, 1000),
  }),
  appRunConcurrency: variable({
    name: 'PATCHBAY_APP_RUN_CONCURRENCY',
    default: '4',
    sensitive: false,
    description: "runs of one app a process carries out at once, so one busy app cannot take every slot; the app's others wait in the queue",
    parse: integer(1, 1000),
  }),
  runMaxAttempts: variable({
    name: 'PATCHBAY_RUN_MAX_ATTEMPTS',
    default: '3',
    sensitive: false,
    description:
      'attempts of a run whose connector call failed transiently (provider 5xx, timeout, unreachable, 429), with exponential back-off and the Retry-After; other failures are not retried',
    parse: integer(1, 20),
  }),
  llmUrl: variable({
    name: 'PATCHBAY_LLM_URL',
    defaultText: 'unset (off)',
    sensitive: false,
    description:
      "an OpenAI-compatible chat-completions endpoint for the chat's optional language-model planner; its proposals are checked against the catalog and the offline planner answers when it is off, slow or wrong",
    parse: optionalHttpUrl,
  }),
  llmModel: variable({
    name: 'PATCHBAY_LLM_MODEL',
    defaultText: 'unset (the endpoint decides)',
    sensitive: false,
    description: 'model name sent to PATCHBAY_LLM_URL',
    parse: (raw): string | undefined => raw,
  }),
  llmApiKey: variable({
    name: 'PATCHBAY_LLM_API_KEY',
    defaultText: 'unset',
    sensitive: true,
    description: 'bearer key sent to PATCHBAY_LLM_URL',
    parse: (raw): string | undefined => raw,
  }),
  llmTimeoutMs: variable({
    name: 'PATCHBAY_LLM_TIMEOUT_MS',
    default: '4000',
    sensitive: false,
    description: 'how long the chat waits for the language model before answering with the offline plan',
    parse: integer(100, 120_000),
  }),
  auditFlushMs: variable({
    name: 'PATCHBAY_AUDIT_FLUSH_MS',
    default: '200',
    sensitive: false,
    description:
      'operation-call audit records are written in batches at most this many ms apart: what a crash (kill -9) can lose; a graceful stop writes everything',
    parse: integer(10, 60_000),
  }),
  trustProxy: variable({
    name: 'PATCHBAY_TRUST_PROXY',
    defaultText: 'unset (trust none)',
    sensitive: false,
    description: '`true`, a hop count, or proxy addresses/CIDRs (`loopback,10.0.0.0/8`): only then are `X-Forwarded-*` headers believed',
    parse: (raw, ctx): boolean | number | string => {
      if (raw === undefined || raw === 'false') return false;
      if (raw === 'true') return true;
      if (/^\d+$/.test(raw)) return Number(raw);
      const parts = raw
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const ok = parts.length > 0 && parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(p));
      if (!ok) fail(`${ctx.name} must be true, false, a hop count, or comma-separated proxy addresses/CIDRs`);
      return parts.join(',');
    },
  }),
  smtpUrl: variable({
    name: 'PATCHBAY_SMTP_URL',
    defaultText: 'unset (links are shown to copy, no email is sent)',
    sensitive: true,
    description:
      '`smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`: invitation and password-reset links are also emailed; without it the admin copies the link',
    parse: (raw, ctx): string | undefined => {
      if (raw === undefined) return undefined;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        fail(`${ctx.name} must be an smtp:// or smtps:// URL`);
      }
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') fail(`${ctx.name} must be an smtp:// or smtps:// URL`);
      if (!url.hostname) fail(`${ctx.name} must name a host`);
      return raw;
    },
  }),
  smtpFrom: variable({
    name: 'PATCHBAY_SMTP_FROM',
    defaultText: '`Patchbay <patchbay@HOST of PATCHBAY_PUBLIC_URL>`',
    sensitive: false,
    description: 'sender of the emails sent through PATCHBAY_SMTP_URL',
    parse: (raw, ctx): string => {
      if (raw !== undefined) {
        if (!/@/.test(raw) || /[\r\n]/.test(raw)) fail(`${ctx.name} must be an email address, optionally with a name: Patchbay <ops@example.com>`);
        return raw;
      }
      return `Patchbay <patchbay@${new URL(earlier<string>(ctx, 'publicUrl')).hostname}>`;
    },
  }),
  metricsToken: variable({
    name: 'PATCHBAY_METRICS_TOKEN',
    defaultText: 'unset (no metrics endpoint)',
    sensitive: true,
    description:
      '≥ 16 chars: `GET /api/metrics` (Prometheus text: process, HTTP by route template, provider calls, token refreshes) for `Authorization: Bearer <token>`',
    parse: (raw, ctx): string | undefined => {
      if (raw !== undefined && raw.length < 16) fail(`${ctx.name} must be at least 16 characters long`);
      return raw;
    },
  }),
} as const;

export type ConfigKey = keyof typeof CONFIG_VARIABLES;

/** The parsed values, one property per table entry (what {@link AppConfig} exposes). */
export type ConfigValues = { readonly [K in ConfigKey]: ReturnType<(typeof CONFIG_VARIABLES)[K]['parse']> };

/** The table as a list, in parse order. */
export function configVariables(): ReadonlyArray<readonly [ConfigKey, ConfigVariable<unknown>]> {
  return Object.entries(CONFIG_VARIABLES) as Array<[ConfigKey, ConfigVariable<unknown>]>;
}
