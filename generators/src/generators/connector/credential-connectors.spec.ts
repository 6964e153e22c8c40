/**
 * #18: credential connectors (no OAuth, no scopes) and a Swagger 2.0 spec generate a typed connector library and
 * panels that compile, exactly as CI compiles them. The inputs are the API test fixtures (a bearer-only OpenAPI 3
 * spec, a Swagger 2.0 spec with an apiKey header and a basic-auth spec), copied into a temp workspace.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree, flushChanges } from 'nx/src/generators/tree';
import { panelGenerator } from '../panel/generator';
import { createTempWorkspace, REPO_ROOT, type TempWorkspace } from '../../testing/temp-workspace';
import { typecheckProject } from '../../testing/typecheck';
import { connectorGenerator } from './generator';

jest.setTimeout(240_000);

const FIXTURES = join(REPO_ROOT, 'apps/api/test/fixtures/specs');
const IDS = ['digitalocean', 'postmark', 'mailgun'];

describe('credential connectors and Swagger 2.0 specs', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = createTempWorkspace('gen-credential');
    for (const id of IDS) cpSync(join(FIXTURES, id), join(ws.specsDir, id), { recursive: true });
    // No model passed in: the generators load the specs through libs/spec like `nx g` does.
    const tree = new FsTree(ws.root, false);
    for (const id of IDS) {
      await connectorGenerator(tree, { id });
      await panelGenerator(tree, { id });
    }
    flushChanges(ws.root, tree.listChanges());
  });
  afterAll(() => ws?.dispose());

  it.each(IDS)('%s: the connector library type-checks and its client has every operation, with no scopes', (id) => {
    const lib = join(ws.root, `libs/connectors/${id}`);
    expect(typecheckProject(join(lib, 'tsconfig.lib.json'))).toEqual([]);
    const client = readFileSync(join(lib, 'src/generated/client.ts'), 'utf8');
    const expected = {
      digitalocean: ['tagsList', 'tagsCreate', 'tagsGet', 'tagsDelete'],
      postmark: ['listTemplates', 'createTemplate', 'getSingleTemplate'],
      mailgun: ['getDomains', 'createDomain'],
    }[id] as string[];
    const methods = [...client.matchAll(/^ {2}([A-Za-z_$][\w$]*)\(input: /gm)].map((m) => m[1]);
    expect(methods.sort()).toEqual([...expected].sort());
    expect(client).toContain('Required scopes: none');
    const manifest = readFileSync(join(lib, 'src/generated/manifest.ts'), 'utf8');
    expect(manifest).not.toMatch(/scopes: \[\s*'/);
  });

  it('types the Swagger 2.0 operations from the converted document (body and 2xx response)', () => {
    const types = readFileSync(join(ws.root, 'libs/connectors/postmark/src/generated/types.ts'), 'utf8');
    expect(types).toContain('TemplateListingResponse');
    expect(types).toContain('CreateTemplateRequest');
  });

  it.each(IDS)('%s: the panels compile with the Angular compiler (strict templates)', (id) => {
    const ngc = join(REPO_ROOT, 'node_modules/.bin/ngc');
    let output = '';
    try {
      execFileSync(ngc, ['-p', join(ws.root, `libs/panels/${id}/tsconfig.lib.json`)], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
    }
    expect(output).toBe('');
  });
});
