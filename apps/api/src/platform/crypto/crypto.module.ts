import { Global, Logger, Module } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { TokenCipher, generateEncryptionKey, parseEncryptionKey } from './token-cipher';

const DEV_KEY_FILE = 'encryption.key';

/**
 * The key that encrypts secrets at rest. Production requires PATCHBAY_ENCRYPTION_KEY (the config refuses to start
 * without it); elsewhere a key is generated once into the data directory so a local instance keeps working across
 * restarts — with a warning, because whoever copies that directory has the key.
 */
export function createTokenCipher(config: AppConfig, logger = new Logger('Crypto')): TokenCipher {
  const older = config.previousEncryptionKeys.map((k, i) => parseEncryptionKey(k, `PATCHBAY_ENCRYPTION_KEYS_OLD[${i}]`));
  if (config.encryptionKey) return new TokenCipher(parseEncryptionKey(config.encryptionKey), older);
  const file = join(config.dataDir, DEV_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 }); // the key's directory: the service's user only
    writeFileSync(file, generateEncryptionKey() + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    logger.warn(`PATCHBAY_ENCRYPTION_KEY is not set: generated a development key in ${file}. Set the variable in production.`);
  }
  return new TokenCipher(parseEncryptionKey(readFileSync(file, 'utf8'), file), older);
}

@Global()
@Module({
  providers: [{ provide: TokenCipher, inject: [AppConfig], useFactory: (config: AppConfig) => createTokenCipher(config) }],
  exports: [TokenCipher],
})
export class CryptoModule {}
