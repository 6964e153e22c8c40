import { Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { TokenCipher, generateEncryptionKey, parseEncryptionKey } from './token-cipher';

const DEV_KEY_FILE = 'encryption.key';
/** Columns holding {@link TokenCipher} values are named `<what>_enc` (client secrets, tokens, PKCE verifiers…). */
const ENCRYPTED_COLUMN = /_enc$/;
/** Values read per encrypted column at start: enough to tell a wrong key, cheap on any database. */
const SAMPLE_PER_COLUMN = 20;

/** The configured keys, and what the operator must hear about them once the logger is up. */
export class KeyMaterial {
  constructor(
    readonly cipher: TokenCipher,
    /** Where the current key comes from, for messages (never the key). */
    readonly source: string,
    /** Set when a development key was generated just now. */
    readonly warning?: string,
  ) {}
}

/**
 * The key that encrypts secrets at rest. Production requires PATCHBAY_ENCRYPTION_KEY (the config refuses to start
 * without it); elsewhere a key is generated once into the data directory so a local instance keeps working across
 * restarts — with a warning, because whoever copies that directory has the key.
 */
export function loadKeyMaterial(config: AppConfig): KeyMaterial {
  const older = config.previousEncryptionKeys.map((k, i) => parseEncryptionKey(k, `PATCHBAY_ENCRYPTION_KEYS_OLD[${i}]`));
  if (config.encryptionKey) return new KeyMaterial(new TokenCipher(parseEncryptionKey(config.encryptionKey), older), 'PATCHBAY_ENCRYPTION_KEY');
  const file = join(config.dataDir, DEV_KEY_FILE);
  let warning: string | undefined;
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 }); // the key's directory: the service's user only
    writeFileSync(file, generateEncryptionKey() + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    warning = `PATCHBAY_ENCRYPTION_KEY is not set: generated a development key in ${file}. Set the variable in production.`;
  }
  return new KeyMaterial(new TokenCipher(parseEncryptionKey(readFileSync(file, 'utf8'), file), older), file, warning);
}

/**
 * At start, before anything is served: the development-key warning (the application logger is off while providers
 * are built, so it is said here), and a check that the stored secrets decrypt with the configured keys. Started on
 * existing data with another key, the API would otherwise report healthy and then fail every call with a 500 — and
 * a disconnect would delete tokens it could not revoke. If none of the sampled secrets decrypts, it refuses to start
 * with one line naming the keys they were written under; if only some do, it starts and warns.
 */
@Injectable()
export class EncryptionKeyCheck implements OnModuleInit {
  private readonly logger = new Logger('Crypto');

  constructor(
    private readonly keys: KeyMaterial,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.keys.warning) this.logger.warn(this.keys.warning);
    const values = await this.sampleStoredSecrets();
    const unreadable = values.filter((v) => !this.decrypts(v));
    if (unreadable.length === 0) return;
    const foreign = [...new Set(unreadable.map((v) => v.split('.')[1] ?? '?'))].slice(0, 5).join(', ');
    const current = `${this.keys.source} (key ${this.keys.cipher.currentKeyId})`;
    if (unreadable.length === values.length) {
      throw new ConfigError(
        `none of the ${values.length} stored secrets checked decrypts with ${current} or PATCHBAY_ENCRYPTION_KEYS_OLD; they were encrypted with key ${foreign}. Start with the key they were written with (to rotate: new key in PATCHBAY_ENCRYPTION_KEY, old one in PATCHBAY_ENCRYPTION_KEYS_OLD, then \`main.js reencrypt\`)`,
      );
    }
    this.logger.warn(
      `${unreadable.length} of ${values.length} stored secrets checked do not decrypt with ${current} or PATCHBAY_ENCRYPTION_KEYS_OLD (written with key ${foreign}); the connections and credentials they belong to will fail until that key is configured`,
    );
  }

  private decrypts(value: string): boolean {
    try {
      this.keys.cipher.decrypt(value);
      return true;
    } catch {
      return false;
    }
  }

  /** A few values of every encrypted column of every table (the schema is migrated before module init). */
  private async sampleStoredSecrets(): Promise<string[]> {
    const values: string[] = [];
    for (const meta of this.db.entityMetadatas) {
      for (const column of meta.columns.filter((c) => ENCRYPTED_COLUMN.test(c.databaseName))) {
        const rows = await this.db
          .createQueryBuilder()
          .select(`t.${column.databaseName}`, 'value')
          .from(meta.tableName, 't')
          .where(`t.${column.databaseName} IS NOT NULL`)
          .limit(SAMPLE_PER_COLUMN)
          .getRawMany<{ value: unknown }>();
        for (const row of rows) if (typeof row.value === 'string' && row.value !== '') values.push(row.value);
      }
    }
    return values;
  }
}

@Global()
@Module({
  providers: [
    { provide: KeyMaterial, inject: [AppConfig], useFactory: loadKeyMaterial },
    { provide: TokenCipher, inject: [KeyMaterial], useFactory: (keys: KeyMaterial) => keys.cipher },
    EncryptionKeyCheck,
  ],
  exports: [TokenCipher],
})
export class CryptoModule {}
