import { join } from 'node:path';
import { inspect } from 'node:util';
import { loadConfig } from './app-config';
import { CONFIG_VARIABLES, configVariables } from './config-variables';
import { ConfigError } from './config-error';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env, '/srv/patchbay');
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({}, '/srv/patchbay');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.nodeEnv).toBe('development');
    expect(c.publicUrl).toBe('http://127.0.0.1:3000');
    expect(c.database).toEqual({ kind: 'sqlite', sqlitePath: join('/srv/patchbay/data', 'patchbay.sqlite') });
    expect(c.dashboardDir).toBe('/srv/patchbay/dist/apps/dashboard/browser');
    expect(c.logLevel).toBe('info');
    expect(c.logFormat).toBe('json');
    expect(c.sessionTtlSeconds).toBe(7 * 24 * 3600);
    // Strong by default: argon2id 64 MiB, 3 passes.
    expect(c.passwordHashing).toEqual({ memoryCost: 65536, timeCost: 3 });
    expect(c.specsDir).toBe('/srv/patchbay/specs');
    expect(c.previousEncryptionKeys).toEqual([]);
  });

  it('reads retired encryption keys as a comma-separated list', () => {
    const [a, b] = ['a'.repeat(64), 'b'.repeat(43) + '='];
    expect(loadConfig({ PATCHBAY_ENCRYPTION_KEYS_OLD: ` ${a} , ${b},, ` }).previousEncryptionKeys).toEqual([a, b]);
  });

  it('takes a metrics token only when it is long enough', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(errorOf({ PATCHBAY_METRICS_TOKEN: 'short' })).toBe('Invalid configuration: PATCHBAY_METRICS_TOKEN must be at least 16 characters long');
  });

  it('trusts proxy headers only when configured', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PATCHBAY_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ PATCHBAY_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ PATCHBAY_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
    expect(errorOf({ PATCHBAY_TRUST_PROXY: 'everyone' })).toMatch(/^Invalid configuration: PATCHBAY_TRUST_PROXY must be/);
  });

  it("bounds an operation call's budget by at least one attempt's timeout", () => {
    expect(loadConfig({}).providerDeadlineMs).toBe(60_000);
    expect(loadConfig({ PATCHBAY_PROVIDER_TIMEOUT_MS: '90000' }).providerDeadlineMs).toBe(90_000);
    expect(loadConfig({ PATCHBAY_PROVIDER_DEADLINE_MS: '5000', PATCHBAY_PROVIDER_TIMEOUT_MS: '2000' }).providerDeadlineMs).toBe(5_000);
    expect(errorOf({ PATCHBAY_PROVIDER_DEADLINE_MS: '1000', PATCHBAY_PROVIDER_TIMEOUT_MS: '2000' })).toMatch(
      /^Invalid configuration: PATCHBAY_PROVIDER_DEADLINE_MS must be at least PATCHBAY_PROVIDER_TIMEOUT_MS/,
    );
  });

  it('takes a Redis URL for cross-replica cache invalidation', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://redis:6379' }).redisUrl).toBe('redis://redis:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://:secret@cache.internal:6380/2' }).redisUrl).toBe('rediss://:secret@cache.internal:6380/2');
    expect(errorOf({ REDIS_URL: 'localhost:6379' })).toMatch(/^Invalid configuration: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('refuses encryption keys that are not 32 bytes, naming the variable', () => {
    expect(errorOf({ PATCHBAY_ENCRYPTION_KEY: 'too-short' })).toMatch(/^Invalid configuration: PATCHBAY_ENCRYPTION_KEY must be 32 random bytes/);
    expect(errorOf({ PATCHBAY_ENCRYPTION_KEYS_OLD: 'a'.repeat(64) + ',nope' })).toMatch(
      /^Invalid configuration: PATCHBAY_ENCRYPTION_KEYS_OLD \(entry 2\) must be 32 random bytes/,
    );
  });

  it('reads every variable', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        NODE_ENV: 'production',
        DATABASE_URL: 'postgresql://u@db:5432/pb',
        PATCHBAY_DATA_DIR: '/var/lib/pb',
        PATCHBAY_ADMIN_EMAIL: 'Root@Example.com',
        PATCHBAY_ADMIN_PASSWORD: 'correct horse battery',
        LOG_LEVEL: 'warn',
        PATCHBAY_PUBLIC_URL: 'https://pb.example.com/',
        PATCHBAY_DASHBOARD_DIR: 'web',
        PATCHBAY_SANDBOX_URL: 'http://127.0.0.1:4010',
        PATCHBAY_ENCRYPTION_KEY: 'k'.repeat(43) + '=',
      },
      '/srv/patchbay',
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      isProduction: true,
      database: { kind: 'postgres', url: 'postgresql://u@db:5432/pb' },
      dataDir: '/var/lib/pb',
      adminEmail: 'root@example.com',
      adminPassword: 'correct horse battery',
      logLevel: 'warn',
      publicUrl: 'https://pb.example.com',
      dashboardDir: '/srv/patchbay/web',
      sandboxUrl: 'http://127.0.0.1:4010',
      encryptionKey: 'k'.repeat(43) + '=',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [{ PORT: '0' }, 'Invalid configuration: PORT must be an integer between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)'],
    [{ NODE_ENV: 'staging' }, 'Invalid configuration: NODE_ENV must be one of development, production, test'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent'],
    [{ PATCHBAY_PUBLIC_URL: 'ftp://x' }, 'Invalid configuration: PATCHBAY_PUBLIC_URL must be an http(s) URL'],
    [{ PATCHBAY_SANDBOX_URL: 'not a url' }, 'Invalid configuration: PATCHBAY_SANDBOX_URL must be an http(s) URL'],
    [{ PATCHBAY_ADMIN_EMAIL: 'nobody' }, 'Invalid configuration: PATCHBAY_ADMIN_EMAIL must be an email address'],
    [{ PATCHBAY_ADMIN_PASSWORD: 'short' }, 'Invalid configuration: PATCHBAY_ADMIN_PASSWORD must be at least 8 characters long'],
    [{ NODE_ENV: 'production' }, 'Invalid configuration: PATCHBAY_ENCRYPTION_KEY is required when NODE_ENV=production'],
  ])('rejects %j with one clear line', (env, message) => {
    const text = errorOf(env);
    expect(text).toBe(message);
    expect(text).not.toContain('\n');
  });

  it('refuses weak password hashing in production but allows it in tests', () => {
    const weak = { PATCHBAY_ARGON2_MEMORY_KIB: '1024', PATCHBAY_ARGON2_TIME_COST: '1' };
    expect(loadConfig({ NODE_ENV: 'test', ...weak }).passwordHashing).toEqual({ memoryCost: 1024, timeCost: 1 });
    expect(errorOf({ NODE_ENV: 'production', PATCHBAY_ENCRYPTION_KEY: 'x'.repeat(64).replace(/x/g, 'a'), ...weak })).toMatch(
      /^Invalid configuration: PATCHBAY_ARGON2_MEMORY_KIB must be at least 19456/,
    );
  });

  it('exposes one property per entry of the configuration table, and no variable twice', () => {
    const c = loadConfig({}, '/srv/patchbay');
    for (const key of Object.keys(CONFIG_VARIABLES)) expect(c).toHaveProperty(key);
    const names = configVariables().map(([, spec]) => spec.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('redacts secrets when the configuration is serialised or inspected', () => {
    const secrets = {
      PATCHBAY_ADMIN_PASSWORD: 'correct horse battery',
      PATCHBAY_ENCRYPTION_KEY: 'k'.repeat(43) + '=',
      PATCHBAY_ENCRYPTION_KEYS_OLD: 'a'.repeat(64),
      PATCHBAY_METRICS_TOKEN: 'metrics-token-0123456789',
      REDIS_URL: 'rediss://:hunter2@cache.internal:6380/2',
      DATABASE_URL: 'postgresql://u:pw-secret@db:5432/pb',
    };
    const c = loadConfig({ ...secrets, PORT: '8080' }, '/srv/patchbay');
    const json = JSON.stringify(c);
    const shown = inspect(c);
    for (const value of Object.values(secrets)) {
      expect(json).not.toContain(value);
      expect(shown).not.toContain(value);
    }
    expect(JSON.parse(json)).toMatchObject({ port: 8080, adminPassword: '[redacted]', database: '[redacted]' });
    expect(c.toJSON()).toMatchObject({ port: 8080, host: '127.0.0.1', metricsToken: '[redacted]' });
    // Unset secrets stay visible as unset: what is missing is worth seeing.
    expect(loadConfig({}).toJSON()).toMatchObject({ metricsToken: undefined, previousEncryptionKeys: [] });
  });
});
