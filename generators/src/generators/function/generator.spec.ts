import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { FunctionTypeChecker, outlineFunction } from '@patchbay/function-toolchain';
import { functionGenerator } from './generator';

jest.setTimeout(60_000);

describe('function generator', () => {
  let tree: Tree;
  const checker = new FunctionTypeChecker();
  afterAll(() => checker.close());

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });

  it('writes functions/<name>.ts with the event trigger and one step per operation, and it type-checks', async () => {
    const file = await functionGenerator(tree, {
      name: 'notify-support',
      provider: 'slack',
      operation: 'chat.postMessage,conversations.list',
      event: 'ticket.created',
    });
    expect(file).toBe('functions/notify-support.ts');
    const code = tree.read(file, 'utf-8') ?? '';
    expect(code).toContain("import { defineFunction } from '@patchbay/functions-sdk';");
    expect(outlineFunction(code)).toEqual({
      name: 'notify-support',
      trigger: { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' },
      steps: [
        { provider: 'slack', operationId: 'chat.postMessage', params: {} },
        { provider: 'slack', operationId: 'conversations.list', params: {} },
      ],
    });
    expect(await checker.check(code)).toEqual([]);
  });

  it('a cron trigger with its time zone, in another directory', async () => {
    const file = await functionGenerator(tree, {
      name: 'daily',
      provider: 'google-calendar',
      operation: 'events.list',
      cron: '0 18 * * *',
      timezone: 'Europe/Paris',
      directory: 'apps/demo/functions',
    });
    expect(file).toBe('apps/demo/functions/daily.ts');
    const outline = outlineFunction(tree.read(file, 'utf-8') ?? '');
    expect(outline.trigger).toEqual(expect.objectContaining({ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' }));
    expect(outline.steps.map((s) => s.operationId)).toEqual(['events.list']);
  });

  it('without a provider: an invoke-only function with no steps', async () => {
    const file = await functionGenerator(tree, { name: 'empty' });
    expect(outlineFunction(tree.read(file, 'utf-8') ?? '')).toEqual({
      name: 'empty',
      trigger: { type: 'http', description: 'When invoked' },
      steps: [],
    });
  });

  it('refuses unknown providers and operations, bad names, both triggers and overwriting', async () => {
    await expect(functionGenerator(tree, { name: 'x', provider: 'nope', operation: 'a' })).rejects.toThrow(
      'No generated connector for provider "nope"',
    );
    await expect(functionGenerator(tree, { name: 'x', provider: 'slack', operation: 'nope' })).rejects.toThrow(
      /has no operation "nope" \(it has: chat\.postMessage/,
    );
    await expect(functionGenerator(tree, { name: 'Bad Name' })).rejects.toThrow('kebab-case');
    await expect(functionGenerator(tree, { name: 'x', event: 'a.b', cron: '* * * * *' })).rejects.toThrow('not both');
    await functionGenerator(tree, { name: 'twice' });
    await expect(functionGenerator(tree, { name: 'twice' })).rejects.toThrow('exists already');
  });
});
