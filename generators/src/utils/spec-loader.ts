/** The one place the generators call libs/spec's loader, so its exact signature is adapted in one spot. */
import { loadProvider, type ProviderModel } from '@patchbay/spec';

export function loadProviderModel(dir: string, repoRoot: string): Promise<ProviderModel> {
  return loadProvider(dir, { repoRoot });
}
