import type { ConnectorManifest } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';

/** Whether the typed connector library generated into this build matches the provider's spec as loaded now. */
export type TypedConnectorState = 'current' | 'stale' | 'missing';

/**
 * Compares a generated manifest with the catalog: the same operations, methods, paths and least-privilege scopes.
 * A difference means specs/ changed after the build (or PATCHBAY_SPECS_DIR points at other specs): operations
 * still run (they follow the catalog), but typed clients compiled into this build describe an older spec.
 */
export function typedConnectorState(
  provider: ProviderModel,
  manifest: ConnectorManifest | undefined,
): { state: TypedConnectorState; differences: string[] } {
  if (!manifest) return { state: 'missing', differences: ['no generated connector library in this build'] };
  const differences: string[] = [];
  const ops = new Map(provider.operations.map((o) => [o.id, o]));
  for (const id of Object.keys(manifest.operations)) if (!ops.has(id)) differences.push(`operation ${id} is no longer in the spec`);
  for (const op of provider.operations) {
    const m = manifest.operations[op.id];
    if (!m) {
      differences.push(`operation ${op.id} is not in the generated library`);
      continue;
    }
    if (m.method !== op.method || m.path !== op.path) differences.push(`operation ${op.id} moved (${m.method} ${m.path} → ${op.method} ${op.path})`);
    if ([...m.scopes].join(' ') !== op.requiredScopes.join(' ')) differences.push(`operation ${op.id} needs other scopes now`);
  }
  return { state: differences.length ? 'stale' : 'current', differences };
}
