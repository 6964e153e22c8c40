import { inspect } from 'node:util';
import { CONFIG_VARIABLES, type ConfigValues, configVariables } from './config-variables';

export type { DatabaseConfig, DatabaseKind, LogFormat, LogLevel, NodeEnv } from './config-variables';

export interface PasswordHashingConfig {
  /** argon2id memory cost in KiB. */
  readonly memoryCost: number;
  /** argon2id iterations. */
  readonly timeCost: number;
}

/** Raw environment, as `process.env` provides it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A class whose instances carry every value of the table as a typed, read-only property. */
const ConfigValuesBase = class {
  constructor(values: ConfigValues) {
    Object.assign(this, values);
  }
} as unknown as new (values: ConfigValues) => ConfigValues;

const REDACTED = '[redacted]';

/**
 * The whole runtime configuration of the API, read once from the environment and validated at start.
 * Nothing else in the API reads `process.env`: inject this class instead. Its properties are the entries of
 * {@link CONFIG_VARIABLES} (config-variables.ts), where each variable's default, validation and meaning live.
 */
export class AppConfig extends ConfigValuesBase {
  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  get passwordHashing(): PasswordHashingConfig {
    return { memoryCost: this.argon2MemoryKib, timeCost: this.argon2TimeCost };
  }

  /** Every value by property name, with secrets (`sensitive` entries that are set) replaced: safe to log. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, spec] of configVariables()) {
      const value = this[key];
      out[key] = spec.sensitive && value !== undefined && !(Array.isArray(value) && value.length === 0) ? REDACTED : value;
    }
    return out;
  }

  [inspect.custom](): string {
    return `AppConfig ${inspect(this.toJSON())}`;
  }
}

function readRaw(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Reads and validates the configuration. Throws {@link ConfigError} with one line naming the first bad variable.
 * @param env the environment (defaults to `process.env`)
 * @param cwd directory that relative paths are resolved against
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of configVariables()) {
    values[key] = spec.parse(readRaw(env, spec.name) ?? spec.default, { name: spec.name, cwd, earlier: values });
  }
  return new AppConfig(values as ConfigValues);
}

export { CONFIG_VARIABLES };
