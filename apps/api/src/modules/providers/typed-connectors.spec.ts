import { join } from 'node:path';
import { CONNECTOR_MANIFESTS } from '@patchbay/connectors-registry';
import { loadCatalogSync } from '@patchbay/spec';
import { typedConnectorState } from './typed-connectors';

const catalog = loadCatalogSync(join(__dirname, '../../../../../specs'));

describe('typed connectors of this build', () => {
  it('match every spec served (regenerated and committed, or CI fails earlier on drift)', () => {
    for (const p of catalog.providers) expect([p.id, typedConnectorState(p, CONNECTOR_MANIFESTS[p.id]).state]).toEqual([p.id, 'current']);
  });

  it('are reported stale when the spec changed after generation, and missing when absent', () => {
    const p = catalog.providers[0];
    const op = p.operations[0];
    const changed = {
      ...p,
      operations: [{ ...op, requiredScopes: [...op.requiredScopes, 'extra.scope'] }, ...p.operations.slice(1), { ...op, id: 'brand.new' }],
    };
    const r = typedConnectorState(changed, CONNECTOR_MANIFESTS[p.id]);
    expect(r.state).toBe('stale');
    expect(r.differences).toEqual(
      expect.arrayContaining([`operation ${op.id} needs other scopes now`, 'operation brand.new is not in the generated library']),
    );
    expect(typedConnectorState(p, undefined).state).toBe('missing');
  });
});
