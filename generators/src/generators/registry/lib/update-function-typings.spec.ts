import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { clientDeclaration, FUNCTION_TYPINGS_FILE, SDK_CONNECTORS_FILE, updateFunctionTypings } from './update-function-typings';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** Copies a folder of the real workspace into the tree. */
function copy(tree: Tree, dir: string): void {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) copy(tree, path);
    else tree.write(path, readFileSync(join(ROOT, path), 'utf8'));
  }
}

describe('function typings (registry generator)', () => {
  it('clientDeclaration keeps the methods with their input/output types, drops the constructor and the executor import', () => {
    const source = readFileSync(join(ROOT, 'libs/connectors/slack/src/generated/client.ts'), 'utf8');
    const dts = clientDeclaration(source, 'client.ts');
    expect(dts).toContain('export declare class SlackClient {');
    expect(dts).toMatch(/chatPostMessage\(input: ChatPostMessageInput\): Promise<ChatPostMessageOutput>;/);
    expect(dts).toMatch(/conversationsList\(input\?: ConversationsListInput\)/);
    expect(dts).toContain("import type { paths } from './types';");
    expect(dts).not.toMatch(/constructor\(|from '@patchbay\/connector-runtime'/);
  });

  it('writes FunctionConnectors, the keys, the required-input shapes and the embedded typings for the connectors present', () => {
    const tree = createTreeWithEmptyWorkspace();
    copy(tree, 'libs/functions-sdk/src');
    tree.write('libs/function-toolchain/project.json', '{}');
    for (const id of ['google-calendar', 'slack']) copy(tree, `libs/connectors/${id}/src/generated`);
    tree.delete(SDK_CONNECTORS_FILE);

    updateFunctionTypings(tree);

    const connectors = tree.read(SDK_CONNECTORS_FILE, 'utf-8') ?? '';
    expect(connectors).toContain("import type { GoogleCalendarClient } from '@patchbay/connectors/google-calendar';");
    expect(connectors).toContain('readonly googleCalendar: ConnectorCalls<GoogleCalendarClient>;');
    expect(connectors).toContain('readonly slack: ConnectorCalls<SlackClient>;');
    expect(connectors).not.toContain('hubspot');

    const typings = tree.read(FUNCTION_TYPINGS_FILE, 'utf-8') ?? '';
    const json = (name: string): unknown => {
      const match = new RegExp(`export const ${name}: [^=]+= (\\{[\\s\\S]*?\\n\\});`).exec(typings);
      return JSON.parse(match?.[1] ?? 'null');
    };
    expect(json('FUNCTION_CONNECTOR_KEYS')).toEqual({ 'google-calendar': 'googleCalendar', slack: 'slack' });
    const shapes = json('FUNCTION_INPUT_SHAPES') as Record<string, Record<string, unknown>>;
    expect(shapes['slack']?.['chatPostMessage']).toEqual({
      kind: 'object',
      fields: { body: { kind: 'object', fields: { channel: { kind: 'string' } } } },
    });
    expect(shapes['slack']?.['conversationsList']).toEqual({ kind: 'object', fields: {} });
    expect(Object.keys(shapes['googleCalendar'] ?? {})).toContain('eventsInsert');
    const embedded = Object.keys(json('EMBEDDED_TYPINGS') as Record<string, string>).sort();
    expect(embedded).toEqual(
      expect.arrayContaining([
        '/patchbay/sdk/index.ts',
        '/patchbay/sdk/generated/connectors.ts',
        '/patchbay/connectors/slack/index.d.ts',
        '/patchbay/connectors/slack/types.d.ts',
      ]),
    );
    expect(embedded.filter((p) => p.startsWith('/patchbay/connectors/'))).toHaveLength(4);
  });

  it('does nothing in a workspace without the functions SDK', () => {
    const tree = createTreeWithEmptyWorkspace();
    updateFunctionTypings(tree);
    expect(tree.exists(SDK_CONNECTORS_FILE)).toBe(false);
    expect(tree.exists(FUNCTION_TYPINGS_FILE)).toBe(false);
  });
});
