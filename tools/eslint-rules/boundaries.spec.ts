/**
 * The module boundaries of the root eslint.config.mjs, exercised through ESLint itself: fixture sources are linted as
 * if they were files inside a project (`--stdin-filename`), the way `nx lint` would see them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const NX = join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const RULE = '@nx/enforce-module-boundaries';
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/** Lints `source` as the file `path` (relative to the workspace root) and returns the boundary rule's messages. */
function boundaryMessages(path: string, source: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: ROOT,
    env,
    input: source,
    encoding: 'utf8',
  });
  // The rule silently skips itself without a project graph: that must fail this test, not pass it.
  expect(run.stderr).not.toContain('No cached ProjectGraph');
  const [result] = JSON.parse(run.stdout) as Array<{ messages: LintMessage[] }>;
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const importOf = (specifier: string): string => `import * as imported from '${specifier}';\nexport const used = imported;\n`;

describe('module boundaries', () => {
  let projects: Array<{ name: string; tags: string[] }>;

  beforeAll(() => {
    // `nx graph --file` computes and caches the project graph the boundary rule reads, and lists every project's tags.
    const file = join(mkdtempSync(join(tmpdir(), 'pb-graph-')), 'graph.json');
    execFileSync(process.execPath, [NX, 'graph', `--file=${file}`], { cwd: ROOT, env, stdio: 'ignore' });
    const graph = JSON.parse(readFileSync(file, 'utf8')) as { graph: { nodes: Record<string, { data: { tags?: string[] } }> } };
    projects = Object.entries(graph.graph.nodes).map(([name, node]) => ({ name, tags: node.data.tags ?? [] }));
  }, 180_000);

  // Each forbidden import points against the arrows, so the target never imports the source back: the rule would then
  // report the cycle instead of the tags.
  it.each([
    ['apps/sandbox/src/fixture.ts', '@patchbay/connector-runtime', 'scope:sandbox'],
    ['libs/connector-runtime/src/fixture.ts', '@patchbay/planner', 'scope:runtime'],
    ['libs/planner/src/fixture.ts', '@patchbay/connectors-registry', 'scope:planner'],
    ['apps/dashboard/src/app/fixture.ts', '@patchbay/spec', 'scope:dashboard'],
    ['libs/connectors/slack/src/fixture.ts', '@patchbay/planner', 'scope:connectors'],
    ['libs/function-runtime/src/fixture.ts', '@patchbay/panel-kit', 'scope:functions'],
  ])(
    '%s may not import %s',
    (path, specifier, scope) => {
      expect(boundaryMessages(path, importOf(specifier))).toEqual([
        expect.stringContaining(`A project tagged with "${scope}" can only depend on libs tagged with`),
      ]);
    },
    60_000,
  );

  it.each([
    ['apps/sandbox/src/fixture.ts', '@patchbay/spec'],
    ['generators/src/fixture.ts', '@patchbay/connector-runtime'],
    ['libs/connectors/slack/src/fixture.ts', '@patchbay/connector-runtime'],
    ['apps/api/src/fixture.ts', '@patchbay/connectors-registry'],
  ])(
    '%s may import %s',
    (path, specifier) => {
      expect(boundaryMessages(path, importOf(specifier))).toEqual([]);
    },
    60_000,
  );

  it('lets no project import the api', () => {
    expect(boundaryMessages('libs/connector-runtime/src/fixture.ts', importOf('../../../apps/api/src/bootstrap'))).not.toEqual([]);
  }, 60_000);

  it('has a dependency constraint for the scope of every project', () => {
    const script = `import(${JSON.stringify(join(ROOT, 'eslint.config.mjs'))}).then((m) => process.stdout.write(JSON.stringify(m.SCOPE_ARROWS)))`;
    const arrows = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env, encoding: 'utf8' })) as Record<string, string[]>;
    const unconstrained = projects.filter((p) => !p.tags.some((t) => t.startsWith('scope:') && t in arrows));
    expect(unconstrained).toEqual([]);
    // Nothing may depend on the API.
    expect(Object.entries(arrows).filter(([scope, targets]) => scope !== 'scope:api' && targets.includes('scope:api'))).toEqual([]);
  }, 60_000);

  it('gives every project exactly one scope:* and one type:* tag', () => {
    const badlyTagged = projects.filter(
      (p) => p.tags.filter((t) => t.startsWith('scope:')).length !== 1 || p.tags.filter((t) => t.startsWith('type:')).length !== 1,
    );
    expect(badlyTagged).toEqual([]);
  });
});
