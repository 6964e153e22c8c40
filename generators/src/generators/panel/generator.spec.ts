import { join } from 'node:path';
import { readJson, readProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { loadProvider, type ProviderModel } from '@patchbay/spec';
import { FIXTURE_ID, writeFixtureSpec } from '../../testing/fixture-spec';
import { createTempWorkspace, type TempWorkspace } from '../../testing/temp-workspace';
import { panelGenerator } from './generator';

const root = `libs/panels/${FIXTURE_ID}`;
let ws: TempWorkspace;
let provider: ProviderModel;

beforeAll(async () => {
  ws = createTempWorkspace('gen-panel');
  writeFixtureSpec(ws.specsDir);
  provider = await loadProvider(join(ws.specsDir, FIXTURE_ID), { repoRoot: ws.root });
});
afterAll(() => ws.dispose());

describe('panel generator', () => {
  let tree: Tree;

  beforeEach(async () => {
    tree = createTreeWithEmptyWorkspace();
    await panelGenerator(tree, { id: FIXTURE_ID, provider });
  });

  it('creates one data view per read operation and none for writes', () => {
    const readIds = provider.operations.filter((o) => o.readOnly).map((o) => o.id);
    expect(readIds).toEqual(['video.list', 'pipelines.getAll', 'users.list', 'users_list']);
    expect(tree.children(`${root}/src/lib`).sort()).toEqual([
      'connection-card.component.ts',
      'panel-registry.ts',
      'panel-support.ts',
      'pipelines-get-all-panel.component.ts',
      'users-list-2-panel.component.ts',
      'users-list-panel.component.ts',
      'video-list-panel.component.ts',
    ]);
    const registry = tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8') ?? '';
    const keys = [...registry.matchAll(/^ {2}('[^']+'|\w+): \{ operationId:/gm)].map((m) => m[1].replace(/'/g, ''));
    expect(keys).toEqual(readIds);
    expect(registry).not.toMatch(/chat\.postMessage|'delete'|2fa/);
    expect(registry).toContain("'video.list': { operationId: 'video.list', title: 'List videos', component: AcmeChatVideoListPanelComponent }");
  });

  it('generates zoneless-ready standalone components: OnPush, signal inputs, no NgModule or zone.js', () => {
    const panel = tree.read(`${root}/src/lib/video-list-panel.component.ts`, 'utf-8') ?? '';
    expect(panel).toContain('changeDetection: ChangeDetectionStrategy.OnPush');
    expect(panel).toContain('readonly data = input<unknown>(undefined);');
    expect(panel).toContain('readonly loading = input(false);');
    expect(panel).toContain('readonly error = input<string | null>(null);');
    expect(panel).not.toMatch(/NgModule|zone\.js|NgZone|standalone: false/);
    for (const state of ['pb-loading', 'pb-error', 'pb-empty']) expect(panel).toContain(state);
  });

  it('renders the schema: a table for data.videos, nested stage tables inside pipeline rows', () => {
    const videos = tree.read(`${root}/src/lib/video-list-panel.component.ts`, 'utf-8') ?? '';
    expect(videos).toContain("path: ['data', 'videos'],");
    expect(videos).toContain('@for (row1 of rows1; track $index)');
    const pipelines = tree.read(`${root}/src/lib/pipelines-get-all-panel.component.ts`, 'utf-8') ?? '';
    expect(pipelines).toContain("const S0N0: TableSpec = {\n  kind: 'table',\n  title: 'Stages',\n  path: ['stages'],");
    expect(pipelines).toContain('nested: [S0N0],');
    expect(pipelines).toContain('@let rows0n0 = listAt(row0, s0n0.path);');
  });

  it('builds a connection card with the provider scopes and connect/disconnect outputs', () => {
    const card = tree.read(`${root}/src/lib/connection-card.component.ts`, 'utf-8') ?? '';
    expect(card).toContain("selector: 'pb-acme-chat-connection-card'");
    expect(card).toContain("{ scope: 'chat:write', description: 'Post messages' }");
    expect(card).toContain('readonly connect = output<void>();');
    expect(card).toContain('readonly disconnect = output<void>();');
  });

  it('tags the project, registers aliases and lists the provider in the panels registry', () => {
    expect(readProjectConfiguration(tree, `panels-${FIXTURE_ID}`).tags).toContain('type:panel');
    const paths = readJson(tree, 'tsconfig.base.json').compilerOptions.paths as Record<string, string[]>;
    expect(paths[`@patchbay/panels/${FIXTURE_ID}`]).toEqual([`./${root}/src/index.ts`]);
    expect(paths['@patchbay/panels-registry']).toEqual(['./libs/panels/registry/src/index.ts']);
    const registry = tree.read('libs/panels/registry/src/index.ts', 'utf-8') ?? '';
    expect(registry).toContain(`'${FIXTURE_ID}': () => import('@patchbay/panels/${FIXTURE_ID}').then((m) => m.PROVIDER_PANELS),`);
  });

  it('removes the view of an operation that stopped being a read', async () => {
    const changed = { ...provider, operations: provider.operations.map((o) => (o.id === 'video.list' ? { ...o, readOnly: false } : o)) };
    await panelGenerator(tree, { id: FIXTURE_ID, provider: changed });
    expect(tree.exists(`${root}/src/lib/video-list-panel.component.ts`)).toBe(false);
    expect(tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8')).not.toContain('video.list');
  });

  it('is deterministic', async () => {
    const other = createTreeWithEmptyWorkspace();
    await panelGenerator(other, { id: FIXTURE_ID, provider });
    for (const file of tree.children(`${root}/src/lib`)) {
      expect(other.read(`${root}/src/lib/${file}`, 'utf-8')).toBe(tree.read(`${root}/src/lib/${file}`, 'utf-8'));
    }
  });
});
