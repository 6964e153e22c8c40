import { isAbsolute, join, resolve } from 'node:path';
import { parseEncryptionKey } from '../crypto/token-cipher';
import { ConfigError } from './config-error';

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

export interface PasswordHashingConfig {
  /** argon2id memory cost in KiB. */
  readonly memoryCost: number;
  /** argon2id iterations. */
  readonly timeCost: number;
}

/** Raw environment, as `process.env` provides it. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The whole runtime configuration of the API, read once from the environment and validated at start.
 * Nothing else in the API reads `process.env`: inject this class instead.
 */
export class AppConfig {
  constructor(
    readonly nodeEnv: NodeEnv,
    readonly host: string,
    readonly port: number,
    readonly publicUrl: string,
    readonly dataDir: string,
    readonly database: DatabaseConfig,
    readonly adminEmail: string,
    /** Sensitive. Undefined → generated on first start outside production. */
    readonly adminPassword: string | undefined,
    readonly logLevel: LogLevel,
    readonly logFormat: LogFormat,
    readonly dashboardDir: string,
    readonly sandboxUrl: string | undefined,
    /** Sensitive. Required in production; used by later features (token encryption). */
    readonly encryptionKey: string | undefined,
    readonly sessionTtlSeconds: number,
    readonly passwordHashing: PasswordHashingConfig,
    readonly bodyLimitBytes: number,
    /** Directory of provider specs (`specs/<provider>/…`), read by the catalog (later issues). */
    readonly specsDir: string,
    /** Sensitive. Retired encryption keys still accepted for decryption during a key rotation. */
    readonly previousEncryptionKeys: readonly string[],
    /** Per-attempt timeout of a call to a provider or a custom integration. */
    readonly providerTimeoutMs: number,
    /** Express `trust proxy`: false unless configured (X-Forwarded-* is ignored from untrusted peers). */
    readonly trustProxy: boolean | number | string = false,
    /** Sensitive. Bearer token for `GET /api/metrics`; unset → no metrics endpoint. */
    readonly metricsToken: string | undefined = undefined,
    /** Budget of one operation call, retries and their waits included (at least the per-attempt timeout). */
    readonly providerDeadlineMs = 60_000,
    /** Sensitive (may carry a password). Redis shared by replicas: cache invalidations reach every replica at once. */
    readonly redisUrl: string | undefined = undefined,
  ) {}

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
// OWASP's lowest recommended argon2id setting is 19 MiB / 2 iterations; production may not go below it.
const MIN_PRODUCTION_MEMORY_KIB = 19456;
const MIN_PRODUCTION_TIME_COST = 2;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fail(message: string): never {
  throw new ConfigError(message);
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    fail(`${name} must be an integer between ${min} and ${max}`);
  }
  return Number(raw);
}

/**
 * `PATCHBAY_TRUST_PROXY`: unset/false → no proxy trusted; true → every hop (only behind a proxy that always
 * overwrites X-Forwarded-*); a number → that many hops; otherwise a comma-separated list of proxy addresses/CIDRs
 * (`loopback`, `10.0.0.0/8`, …).
 */
function trustProxyOf(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const ok = parts.length > 0 && parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(p));
  if (!ok) fail('PATCHBAY_TRUST_PROXY must be true, false, a hop count, or comma-separated proxy addresses/CIDRs');
  return parts.join(',');
}

function keyOrFail(value: string, name: string): void {
  try {
    parseEncryptionKey(value, name);
  } catch (err) {
    fail((err as Error).message);
  }
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) fail(`${name} must be one of ${allowed.join(', ')}`);
  return raw as T;
}

function httpUrl(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    fail(`${name} must be an http(s) URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`${name} must be an http(s) URL`);
  return raw.replace(/\/+$/, '');
}

function databaseConfig(env: Env, dataDir: string): DatabaseConfig {
  const url = optional(env, 'DATABASE_URL');
  if (url === undefined) return { kind: 'sqlite', sqlitePath: join(dataDir, 'patchbay.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      new URL(url);
    } catch {
      fail('DATABASE_URL must be a valid postgres:// URL');
    }
    return { kind: 'postgres', url };
  }
  return fail('DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)');
}

/**
 * Reads and validates the configuration. Throws {@link ConfigError} with one line naming the first bad variable.
 * @param env the environment (defaults to `process.env`)
 * @param cwd directory that relative paths are resolved against
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const host = optional(env, 'HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) fail('HOST must be a host name or IP address');
  const dataDirRaw = optional(env, 'PATCHBAY_DATA_DIR') ?? './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const database = databaseConfig(env, dataDir);

  const adminEmail = (optional(env, 'PATCHBAY_ADMIN_EMAIL') ?? 'admin@patchbay.local').toLowerCase();
  if (!EMAIL_RE.test(adminEmail)) fail('PATCHBAY_ADMIN_EMAIL must be an email address');
  const adminPassword = optional(env, 'PATCHBAY_ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 8) {
    fail('PATCHBAY_ADMIN_PASSWORD must be at least 8 characters long');
  }

  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  const logFormat = oneOf<LogFormat>(env, 'LOG_FORMAT', ['json', 'pretty'], 'json');
  const publicUrl = httpUrl(env, 'PATCHBAY_PUBLIC_URL') ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const dashboardRaw = optional(env, 'PATCHBAY_DASHBOARD_DIR') ?? 'dist/apps/dashboard/browser';
  const dashboardDir = isAbsolute(dashboardRaw) ? dashboardRaw : resolve(cwd, dashboardRaw);
  const sandboxUrl = httpUrl(env, 'PATCHBAY_SANDBOX_URL');

  const encryptionKey = optional(env, 'PATCHBAY_ENCRYPTION_KEY');
  if (nodeEnv === 'production' && encryptionKey === undefined) {
    fail('PATCHBAY_ENCRYPTION_KEY is required when NODE_ENV=production');
  }

  const sessionTtlSeconds = integer(env, 'PATCHBAY_SESSION_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600);
  const memoryCost = integer(env, 'PATCHBAY_ARGON2_MEMORY_KIB', 65536, 1024, 4 * 1024 * 1024);
  const timeCost = integer(env, 'PATCHBAY_ARGON2_TIME_COST', 3, 1, 20);
  if (nodeEnv === 'production' && (memoryCost < MIN_PRODUCTION_MEMORY_KIB || timeCost < MIN_PRODUCTION_TIME_COST)) {
    fail(
      `PATCHBAY_ARGON2_MEMORY_KIB must be at least ${MIN_PRODUCTION_MEMORY_KIB} and PATCHBAY_ARGON2_TIME_COST at least ${MIN_PRODUCTION_TIME_COST} when NODE_ENV=production`,
    );
  }
  const bodyLimitBytes = integer(env, 'PATCHBAY_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024);
  const specsRaw = optional(env, 'PATCHBAY_SPECS_DIR') ?? 'specs';
  const specsDir = isAbsolute(specsRaw) ? specsRaw : resolve(cwd, specsRaw);
  const previousEncryptionKeys = (optional(env, 'PATCHBAY_ENCRYPTION_KEYS_OLD') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const providerTimeoutMs = integer(env, 'PATCHBAY_PROVIDER_TIMEOUT_MS', 30_000, 100, 600_000);
  const providerDeadlineMs = integer(env, 'PATCHBAY_PROVIDER_DEADLINE_MS', Math.max(60_000, providerTimeoutMs), 100, 3_600_000);
  if (providerDeadlineMs < providerTimeoutMs) fail('PATCHBAY_PROVIDER_DEADLINE_MS must be at least PATCHBAY_PROVIDER_TIMEOUT_MS');
  const redisUrl = optional(env, 'REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) fail('REDIS_URL must be a redis:// or rediss:// URL');
  const trustProxy = trustProxyOf(optional(env, 'PATCHBAY_TRUST_PROXY'));
  const metricsToken = optional(env, 'PATCHBAY_METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) fail('PATCHBAY_METRICS_TOKEN must be at least 16 characters long');
  // A key of the wrong size is a typo or a truncated secret: stop now rather than fail on the first token.
  if (encryptionKey !== undefined) keyOrFail(encryptionKey, 'PATCHBAY_ENCRYPTION_KEY');
  previousEncryptionKeys.forEach((k, i) => keyOrFail(k, `PATCHBAY_ENCRYPTION_KEYS_OLD (entry ${i + 1})`));

  return new AppConfig(
    nodeEnv,
    host,
    port,
    publicUrl,
    dataDir,
    database,
    adminEmail,
    adminPassword,
    logLevel,
    logFormat,
    dashboardDir,
    sandboxUrl,
    encryptionKey,
    sessionTtlSeconds,
    { memoryCost, timeCost },
    bodyLimitBytes,
    specsDir,
    previousEncryptionKeys,
    providerTimeoutMs,
    trustProxy,
    metricsToken,
    providerDeadlineMs,
    redisUrl,
  );
}
