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
      'actions.ts',
      'connection-card.component.ts',
      'panel-registry.ts',
      'pipelines-get-all-panel.component.ts',
      'users-list-2-panel.component.ts',
      'users-list-panel.component.ts',
      'video-list-panel.component.ts',
    ]);
    const registry = tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8') ?? '';
    const keys = [...registry.matchAll(/^ {2}('[^']+'|\w+): \{\s+operationId:/gm)].map((m) => m[1].replace(/'/g, ''));
    expect(keys).toEqual(readIds);
    const panels = registry.slice(0, registry.indexOf('CONNECTION_CARD'));
    expect(panels).not.toMatch(/chat\.postMessage|'delete'|2fa/);
    expect(registry).toContain("'video.list': { operationId: 'video.list', title: 'List videos', component: AcmeChatVideoListPanelComponent }");
  });

  it('generates zoneless-ready standalone components that leave inputs and rendering to the panel kit', () => {
    const panel = tree.read(`${root}/src/lib/video-list-panel.component.ts`, 'utf-8') ?? '';
    expect(panel).toContain("import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';");
    expect(panel).toContain('changeDetection: ChangeDetectionStrategy.OnPush');
    expect(panel).toContain('export class AcmeChatVideoListPanelComponent extends DataPanel {');
    expect(panel).toContain('template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`');
    expect(panel).not.toMatch(/NgModule|zone\.js|NgZone|standalone: false/);
    // Nothing the kit owns is written again: no control flow, markup classes, helpers, styles or inputs.
    for (const file of tree.children(`${root}/src/lib`)) {
      const text = tree.read(`${root}/src/lib/${file}`, 'utf-8') ?? '';
      expect(text).not.toMatch(/@if|@for|class="pb-|function |interface |styles:|input[<(]|output[<(]|valueAt|PANEL_STYLES/);
    }
  });

  it('writes the view derived from the schema as data: data.videos as a table, stages nested in pipeline rows', () => {
    const videos = tree.read(`${root}/src/lib/video-list-panel.component.ts`, 'utf-8') ?? '';
    expect(videos).toContain('const VIEW: PanelViewSpec = {\n  raw: false,\n  sections: [');
    expect(videos).toMatch(/ {6}kind: 'table',\n {6}title: 'Data › Videos',\n {6}path: \['data', 'videos'\],/);
    const pipelines = tree.read(`${root}/src/lib/pipelines-get-all-panel.component.ts`, 'utf-8') ?? '';
    expect(pipelines).toMatch(/nested: \[\n {8}\{\n {10}kind: 'table',\n {10}title: 'Stages',\n {10}path: \['stages'\],/);
  });

  it('applies the panel hint of provider.yaml and refuses one naming a field the response lacks', async () => {
    await panelGenerator(tree, {
      id: FIXTURE_ID,
      provider,
      panelHints: { 'video.list': { title: 'title', columns: [{ path: 'like_count', label: 'Likes', format: 'number' }] } },
    });
    const videos = tree.read(`${root}/src/lib/video-list-panel.component.ts`, 'utf-8') ?? '';
    expect(videos).toContain(
      "columns: [\n        { key: 'title', label: 'Title', path: ['title'] },\n        { key: 'like_count', label: 'Likes', path: ['like_count'], format: 'number' },\n      ],",
    );
    await expect(panelGenerator(tree, { id: FIXTURE_ID, provider, panelHints: { 'video.list': { columns: ['views'] } } })).rejects.toThrow(
      'provider.yaml: operations.video.list.panel.columns[0]: "views" is not in the items of data.videos of video.list',
    );
  });

  it('lists the inputs a panel must ask for (required parameters, values provider.yaml prefills) and a needed body', async () => {
    const ops = provider.operations
      .filter((o) => o.readOnly)
      .map((o) => ({
        id: o.id,
        params: o.parameters.filter((p) => p.name.toLowerCase() !== 'authorization').map((p) => [p.name, p.required]),
        body: o.requestBody?.required,
      }));
    const withRequired = ops.find((o) => o.params.some(([, r]) => r));
    if (!withRequired) throw new Error('the fixture has a read operation with a required parameter');
    const registry = tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8') ?? '';
    const [name] = withRequired.params.find(([, r]) => r) as [string, boolean];
    expect(registry).toContain(`key: '${name}'`);
    expect(registry).toContain('required: true');

    await panelGenerator(tree, { id: FIXTURE_ID, provider, panelHints: { [withRequired.id]: { inputs: { [name]: 'prefilled' } } } });
    expect(tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8')).toContain("value: 'prefilled'");
    await expect(panelGenerator(tree, { id: FIXTURE_ID, provider, panelHints: { [withRequired.id]: { inputs: { nope: 'x' } } } })).rejects.toThrow(
      `operations.${withRequired.id}.panel.inputs.nope: "nope" is not an input of ${withRequired.id}`,
    );
  });

  it('gives a field a picker where provider.yaml names the read operation listing its values, and refuses a write one', async () => {
    expect(tree.read(`${root}/src/lib/actions.ts`, 'utf-8')).not.toContain('choices');
    await panelGenerator(tree, {
      id: FIXTURE_ID,
      provider,
      inputChoices: { 'chat.postMessage': { channel: { operation: 'users_list', value: 'id', label: 'e-mail' } } },
    });
    const actions = tree.read(`${root}/src/lib/actions.ts`, 'utf-8') ?? '';
    expect(actions).toContain("choices: { operationId: 'users_list', items: [], value: ['id'], label: [['e-mail']] }");
    expect(actions.match(/choices:/g)).toHaveLength(1);
    await expect(
      panelGenerator(tree, { id: FIXTURE_ID, provider, inputChoices: { 'chat.postMessage': { channel: { operation: '2fa.enable', value: 'id' } } } }),
    ).rejects.toThrow(
      'provider.yaml: operations.chat.postMessage.inputs.channel.choices.operation: 2fa.enable is not a read operation, so it cannot list choices',
    );
  });

  it('writes one action form per write operation as data: fields required first, labels in words, scopes, destructive', () => {
    const writeIds = provider.operations.filter((o) => !o.readOnly).map((o) => o.id);
    expect(writeIds.length).toBeGreaterThan(2);
    const actions = tree.read(`${root}/src/lib/actions.ts`, 'utf-8') ?? '';
    expect(actions).toContain("import type { ActionSpec } from '@patchbay/panel-kit';");
    expect(actions).toContain('export const ACTIONS: Readonly<Record<string, ActionSpec>> = {');
    const keys = [...actions.matchAll(/^ {2}('[^']+'|\w+): \{\n {4}operationId:/gm)].map((m) => m[1].replace(/'/g, ''));
    expect(keys).toEqual(writeIds);
    // chat.postMessage: the required body property `text` comes first, then `channel` (optional), in words.
    expect(actions).toMatch(
      /'chat\.postMessage': \{[\s\S]*?method: 'POST',\n {4}destructive: false,\n {4}scopeAlternatives: \[\['chat:write'\]\],\n {4}fields: \[\n {6}\{ key: 'text', in: 'body', label: 'Text', required: true, kind: 'textarea' \},\n {6}\{ key: 'channel', in: 'body', label: 'Channel', required: false, kind: 'text' \},/,
    );
    // The description's `*\/` cannot end the generated comment or string early.
    expect(actions).toContain("description: 'Sends a message. Ends a comment? */ must be escaped.'");
    // DELETE asks for confirmation; enabling two-factor auth does not.
    expect(actions).toMatch(/ delete: \{\n {4}operationId: 'delete',\n {4}title: 'Delete an item',\n {4}method: 'DELETE',\n {4}destructive: true,/);
    expect(actions).toMatch(/'2fa\.enable': \{[\s\S]*?destructive: false,/);
    // The response is shown by the data view derived from the response schema.
    expect(actions).toMatch(/result: \{\n {6}raw: false,\n {6}sections: \[/);
    // The registry hands the forms to the dashboard; the kit renders them.
    const registry = tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8') ?? '';
    expect(registry).toContain("import { ACTIONS } from './actions';");
    expect(registry).toContain('  actions: ACTIONS,\n};');
    expect(tree.read(`${root}/src/index.ts`, 'utf-8')).toContain("export { ACTIONS } from './lib/actions';");
  });

  it('removes the form of an operation that became a read, and adds its view', async () => {
    const changed = { ...provider, operations: provider.operations.map((o) => (o.id === '2fa.enable' ? { ...o, readOnly: true } : o)) };
    await panelGenerator(tree, { id: FIXTURE_ID, provider: changed });
    expect(tree.read(`${root}/src/lib/actions.ts`, 'utf-8')).not.toContain('2fa.enable');
    expect(tree.read(`${root}/src/lib/panel-registry.ts`, 'utf-8')).toContain("operationId: '2fa.enable'");
  });

  it('builds a connection card from the provider name, description and scopes', () => {
    const card = tree.read(`${root}/src/lib/connection-card.component.ts`, 'utf-8') ?? '';
    expect(card).toContain("selector: 'pb-acme-chat-connection-card'");
    expect(card).toContain('export class AcmeChatConnectionCardComponent extends ConnectionCardPanel {');
    expect(card).toContain("{ scope: 'chat:write', description: 'Post messages' }");
    expect(card).toContain('(connect)="connect.emit()" (disconnect)="disconnect.emit()"');
  });

  it('tags the project, registers aliases and lists the provider in the panels registry', () => {
    expect(readProjectConfiguration(tree, `panels-${FIXTURE_ID}`).tags).toEqual(['scope:panels', 'type:generated']);
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
