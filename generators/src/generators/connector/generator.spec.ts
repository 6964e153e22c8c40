import { join } from 'node:path';
import { readJson, readProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import type { ConnectorManifest } from '@patchbay/connector-runtime';
import { loadProvider, type ProviderModel } from '@patchbay/spec';
import { GENERATED_BANNER_LINES } from '../../utils/banner';
import { FIXTURE_ID, fixtureDocument, writeFixtureSpec } from '../../testing/fixture-spec';
import { loadTsModule } from '../../testing/load-ts-module';
import { createTempWorkspace, type TempWorkspace } from '../../testing/temp-workspace';
import { connectorGenerator } from './generator';

const root = `libs/connectors/${FIXTURE_ID}`;
let ws: TempWorkspace;
let provider: ProviderModel;

beforeAll(async () => {
  ws = createTempWorkspace('gen-connector');
  writeFixtureSpec(ws.specsDir);
  provider = await loadProvider(join(ws.specsDir, FIXTURE_ID), { repoRoot: ws.root });
});
afterAll(() => ws.dispose());

async function generate(tree: Tree, model: ProviderModel = provider): Promise<void> {
  await connectorGenerator(tree, { id: FIXTURE_ID, provider: model, document: fixtureDocument() });
}

function filesUnder(tree: Tree, dir: string): string[] {
  return tree.children(dir).flatMap((c) => (tree.isFile(`${dir}/${c}`) ? [`${dir}/${c}`] : filesUnder(tree, `${dir}/${c}`)));
}

describe('connector generator', () => {
  let tree: Tree;

  beforeEach(async () => {
    tree = createTreeWithEmptyWorkspace();
    await generate(tree);
  });

  it('creates an Nx library with the agreed layout and tags', () => {
    expect(filesUnder(tree, root).sort()).toEqual(
      [
        'README.md',
        'eslint.config.mjs',
        'project.json',
        'src/generated/acme-chat.module.ts',
        'src/generated/client.ts',
        'src/generated/manifest.ts',
        'src/generated/types.ts',
        'src/index.ts',
        'tsconfig.json',
        'tsconfig.lib.json',
      ].map((f) => `${root}/${f}`),
    );
    const project = readProjectConfiguration(tree, `connectors-${FIXTURE_ID}`);
    expect(project.root).toBe(root);
    // Module boundaries (root eslint.config.mjs) key on these: connectors may import only runtime and spec.
    expect(project.tags).toEqual(['scope:connectors', 'type:generated']);
    expect(project.targets?.['typecheck']?.options?.command).toBe(`tsc --noEmit -p ${root}/tsconfig.lib.json`);
  });

  it('starts every generated source file with the do-not-edit banner', () => {
    const sources = filesUnder(tree, root).filter((f) => /\.(ts|mjs)$/.test(f));
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const file of sources) {
      const head = tree.read(file, 'utf-8')?.split('\n').slice(0, 3).join('\n');
      expect(head).toBe(['/**', ...GENERATED_BANNER_LINES.map((l) => ` * ${l}`)].join('\n'));
    }
    expect(tree.read(`${root}/src/generated/types.ts`, 'utf-8')).toContain('npm run generate');
  });

  it('registers the path aliases of the library and of the registry', () => {
    const paths = readJson(tree, 'tsconfig.base.json').compilerOptions.paths as Record<string, string[]>;
    expect(paths[`@patchbay/connectors/${FIXTURE_ID}`]).toEqual([`./${root}/src/index.ts`]);
    expect(paths['@patchbay/connectors-registry']).toEqual(['./libs/connectors/registry/src/index.ts']);
  });

  it('leaves tsconfig.base.json alone when the aliases are already right, keeping other entries in place', async () => {
    const before = tree.read('tsconfig.base.json', 'utf-8') ?? '';
    const json = JSON.parse(before);
    // Someone else's alias, deliberately out of order and formatted differently.
    json.compilerOptions.paths = { '@zzz/other': ['./x.ts'], ...json.compilerOptions.paths };
    tree.write('tsconfig.base.json', JSON.stringify(json));
    await generate(tree);
    const after = tree.read('tsconfig.base.json', 'utf-8');
    expect(after).toBe(JSON.stringify(json));
  });

  it('gives every operation a valid, unique method name', () => {
    const client = tree.read(`${root}/src/generated/client.ts`, 'utf-8') ?? '';
    const methods = [...client.matchAll(/^ {2}([A-Za-z_$][\w$]*)\(input: /gm)].map((m) => m[1]);
    expect(methods).toEqual([
      'chatPostMessage',
      'videoList',
      'pipelinesGetAll',
      'usersList',
      'deleteOp',
      'usersList2',
      'postUsers', // no operationId: the loader derives one from method + path
      'op2FaEnable',
    ]);
    expect(new Set(methods).size).toBe(methods.length);
    expect(client).toContain("PROVIDER_ID, 'chat.postMessage', input)");
    expect(client).toContain("PROVIDER_ID, 'users_list', input)");
  });

  it('types input from parameters and body, and output from the 2xx JSON response', () => {
    const client = tree.read(`${root}/src/generated/client.ts`, 'utf-8') ?? '';
    // Path `id` keeps its name; the query `id` moves to a location-qualified key; Authorization is runtime-owned.
    expect(client).toContain("  id: NonNullable<UsersListOperation['parameters']['path']>['id'];");
    expect(client).toContain("  'query:id'?: NonNullable<UsersListOperation['parameters']['query']>['id'];");
    expect(client).not.toMatch(/Authorization\??:/);
    expect(client).toContain("  body: NonNullable<ChatPostMessageOperation['requestBody']>['content']['application/json'];");
    expect(client).toContain("export type VideoListOutput = VideoListOperation['responses'][200]['content']['application/json; charset=utf-8'];");
    expect(client).toContain('export type DeleteOpOutput = void;');
    expect(client).toContain('export type Op2FaEnableOutput = unknown;');
    expect(client).toContain("type ChatPostMessageOperation = paths['/chat.postMessage']['post'];");
  });

  it('documents summary and required scopes in JSDoc, with comment terminators escaped', () => {
    const client = tree.read(`${root}/src/generated/client.ts`, 'utf-8') ?? '';
    expect(client).toContain('   * Post a message\n');
    expect(client).toContain('   * Required scopes: `chat:write`\n');
    expect(client).toContain('Ends a comment? *\\/ must be escaped.');
    expect(client).toContain('   * Required scopes: `read`\n');
  });

  it('delegates every call to the injected executor with provider id, operation id and input', async () => {
    type Client = Record<string, (input?: unknown) => Promise<unknown>>;
    const mod = loadTsModule<{ AcmeChatClient: new (executor: unknown) => Client }>(tree.read(`${root}/src/generated/client.ts`, 'utf-8') ?? '');
    const calls: unknown[][] = [];
    const executor = { execute: async (...args: unknown[]) => (calls.push(args), { ok: true }) };
    const client = new mod.AcmeChatClient(executor);
    await expect(client['chatPostMessage']({ body: { text: 'hi' } })).resolves.toEqual({ ok: true });
    await client['pipelinesGetAll']();
    await client['usersList2']();
    expect(calls).toEqual([
      [FIXTURE_ID, 'chat.postMessage', { body: { text: 'hi' } }],
      [FIXTURE_ID, 'pipelines.getAll', {}],
      [FIXTURE_ID, 'users_list', {}],
    ]);
  });

  it('writes a manifest the runtime can use to place every input key', () => {
    const { MANIFEST } = loadTsModule<{ MANIFEST: ConnectorManifest }>(tree.read(`${root}/src/generated/manifest.ts`, 'utf-8') ?? '');
    expect(MANIFEST.providerId).toBe(FIXTURE_ID);
    expect(Object.keys(MANIFEST.operations)).toEqual(provider.operations.map((o) => o.id));
    const get = MANIFEST.operations['users.list'];
    expect(get).toMatchObject({ method: 'get', path: '/items/{id}', methodName: 'usersList', readOnly: true, scopes: ['read'] });
    expect(get.parameters).toEqual([
      { key: 'id', name: 'id', in: 'path', required: true },
      { key: 'query:id', name: 'id', in: 'query', required: false },
    ]);
    expect(MANIFEST.operations['chat.postMessage']).toMatchObject({
      readOnly: false,
      scopes: ['chat:write'],
      body: { contentType: 'application/json', required: true },
    });
    expect(MANIFEST.operations['delete'].successStatus).toBe(204);
  });

  it('writes a NestJS module that provides the client through the executor token', () => {
    const module = tree.read(`${root}/src/generated/${FIXTURE_ID}.module.ts`, 'utf-8') ?? '';
    expect(module).toContain('export class AcmeChatConnectorModule');
    expect(module).toContain('inject: [OPERATION_EXECUTOR]');
    const index = tree.read(`${root}/src/index.ts`, 'utf-8') ?? '';
    expect(index).toContain("export { AcmeChatClient, PROVIDER_ID } from './generated/client';");
    expect(index).toContain("export { MANIFEST } from './generated/manifest';");
  });

  it('adds the provider to the connectors registry', () => {
    const registry = tree.read('libs/connectors/registry/src/index.ts', 'utf-8') ?? '';
    expect(registry).toContain(`import { MANIFEST as acmeChatManifest } from '@patchbay/connectors/${FIXTURE_ID}';`);
    expect(registry).toContain(`'${FIXTURE_ID}': acmeChatManifest,`);
    expect(readProjectConfiguration(tree, 'connectors-registry').tags).toEqual(['scope:connectors', 'type:generated']);
  });

  it('is deterministic: a fresh tree gives the same bytes, and regenerating changes nothing', async () => {
    const other = createTreeWithEmptyWorkspace();
    await generate(other);
    for (const file of filesUnder(tree, 'libs')) expect(other.read(file, 'utf-8')).toBe(tree.read(file, 'utf-8'));

    const before = new Map(filesUnder(tree, 'libs').map((f) => [f, tree.read(f, 'utf-8')]));
    await generate(tree);
    const after = new Map(filesUnder(tree, 'libs').map((f) => [f, tree.read(f, 'utf-8')]));
    expect(after).toEqual(before);
  });

  it('drops what a removed operation generated', async () => {
    const fewer = { ...provider, operations: provider.operations.filter((o) => o.id !== 'chat.postMessage') };
    await generate(tree, fewer);
    const client = tree.read(`${root}/src/generated/client.ts`, 'utf-8') ?? '';
    expect(client).not.toContain('chatPostMessage');
    // Names of the others do not move when an unrelated operation disappears.
    expect(client).toContain('  usersList2(input');
  });

  it('rejects provider ids that cannot be project folders', async () => {
    await expect(connectorGenerator(createTreeWithEmptyWorkspace(), { id: 'registry', provider })).rejects.toThrow(/reserved/);
    await expect(connectorGenerator(createTreeWithEmptyWorkspace(), { id: 'Bad_Id', provider })).rejects.toThrow(/kebab-case/);
  });
});
