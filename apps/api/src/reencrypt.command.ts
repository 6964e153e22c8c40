import type { INestApplicationContext } from '@nestjs/common';
import { ConnectionStore } from './modules/connections/connection-store.service';
import { OAuthStateService } from './modules/connections/oauth-state.service';
import { IntegrationsService } from './modules/integrations/integrations.service';
import { ProviderCredentialsService } from './modules/providers/provider-credentials.service';
import { TokenCipher } from './platform/crypto/token-cipher';

export interface ReencryptReport {
  keyId: string;
  connections: number;
  providerCredentials: number;
  pendingConsents: number;
  customIntegrations: number;
}

/**
 * Key rotation, step 2: with the new key in PATCHBAY_ENCRYPTION_KEY and the old one in
 * PATCHBAY_ENCRYPTION_KEYS_OLD, re-encrypt every stored secret under the new key. Idempotent: values already under
 * the current key are left alone, so it can be re-run after an interruption. Afterwards the old key can go.
 */
export async function reencryptEverything(app: INestApplicationContext): Promise<ReencryptReport> {
  return {
    keyId: app.get(TokenCipher).currentKeyId,
    connections: await app.get(ConnectionStore).reencryptAll(),
    providerCredentials: await app.get(ProviderCredentialsService).reencryptAll(),
    pendingConsents: await app.get(OAuthStateService).reencryptAll(),
    customIntegrations: await app.get(IntegrationsService).reencryptAll(),
  };
}
