import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_TABLE_END, README_TABLE_START, REGENERATE_COMMAND, renderEnvExample, renderReadmeTable, withReadmeTable } from './config-docs';
import { configVariables } from './config-variables';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const NAMES = configVariables().map(([, spec]) => spec.name);

/** Markdown table rows as trimmed cells (`---` for separators), so column padding does not matter. */
function normalizeTable(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.trim().startsWith('|')
        ? line
            .trim()
            .replace(/^\||\|$/g, '')
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^-+$/, '---'))
            .join(' | ')
        : line.trim(),
    )
    .join('\n');
}

describe('configuration docs', () => {
  it(`keeps apps/api/README.md's variable table equal to the configuration table (fix: ${REGENERATE_COMMAND})`, () => {
    const readme = read('apps/api/README.md');
    const start = readme.indexOf(README_TABLE_START);
    const end = readme.indexOf(README_TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    // Compared cell by cell, so a Markdown formatter padding the columns is not drift.
    expect(normalizeTable(readme.slice(start, end + README_TABLE_END.length))).toBe(normalizeTable(renderReadmeTable()));
    expect(normalizeTable(withReadmeTable(readme))).toBe(normalizeTable(readme));
  });

  it(`keeps the root .env.example equal to the configuration table (fix: ${REGENERATE_COMMAND})`, () => {
    expect(read('.env.example')).toBe(renderEnvExample());
  });

  it('lists every variable once in both, and never a secret value in .env.example', () => {
    const example = renderEnvExample();
    const table = renderReadmeTable();
    for (const [, spec] of configVariables()) {
      expect(example.match(new RegExp(`^# ${spec.name}=`, 'gm'))).toHaveLength(1);
      expect(table.match(new RegExp(`^\\| \`${spec.name}\` \\|`, 'gm'))).toHaveLength(1);
      if (spec.sensitive) expect(example).toContain(`\n# ${spec.name}=\n`);
    }
  });

  it('names in docker/.env.example only variables the API reads or compose itself uses', () => {
    // Read by docker/compose.yaml (ports, images, the postgres service), not by the API.
    const composeOnly = [
      'PATCHBAY_BIND',
      'PATCHBAY_PORT',
      'PATCHBAY_IMAGE',
      'PATCHBAY_SANDBOX_PORT',
      'POSTGRES_PASSWORD',
      'POSTGRES_USER',
      'POSTGRES_DB',
      'POSTGRES_IMAGE',
      'REDIS_IMAGE',
      'COMPOSE_PROFILES',
    ];
    const mentioned = [...read('docker/.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(mentioned.length).toBeGreaterThan(10);
    expect(mentioned.filter((name) => !NAMES.includes(name) && !composeOnly.includes(name))).toEqual([]);
  });
});
