import { configVariables, type ConfigVariable } from './config-variables';

/**
 * The operator-facing copies of the configuration table: the root `.env.example` and the variable table of
 * apps/api/README.md. `write-config-docs.ts` writes them; config-docs.spec.ts fails when they differ from the table.
 */

export const README_TABLE_START = '<!-- config-table:start (generated from src/platform/config/config-variables.ts) -->';
export const README_TABLE_END = '<!-- config-table:end -->';
export const REGENERATE_COMMAND = 'node -r @swc-node/register apps/api/src/platform/config/write-config-docs.ts';

function defaultCell(spec: ConfigVariable<unknown>): string {
  if (spec.defaultText !== undefined) return spec.defaultText;
  return spec.default === undefined ? 'unset' : `\`${spec.default}\``;
}

/** The markdown table (between its markers) that apps/api/README.md carries. */
export function renderReadmeTable(): string {
  const rows = configVariables().map(
    ([, spec]) => `| \`${spec.name}\` | ${defaultCell(spec)} | ${spec.sensitive ? 'yes' : ''} | ${spec.description.replace(/\|/g, '\\|')} |`,
  );
  return [README_TABLE_START, '| variable | default | secret | notes |', '| --- | --- | --- | --- |', ...rows, README_TABLE_END].join('\n');
}

/** Replaces the generated table inside `readme` (which must contain both markers). */
export function withReadmeTable(readme: string): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start) throw new Error(`apps/api/README.md lacks the ${README_TABLE_START} … ${README_TABLE_END} markers`);
  return readme.slice(0, start) + renderReadmeTable() + readme.slice(end + README_TABLE_END.length);
}

/** The root `.env.example`: every variable, commented out with its default; secrets never carry a value. */
export function renderEnvExample(): string {
  const lines = [
    '# Patchbay API — every environment variable it reads, with its default (all commented out: the defaults suit',
    '# local development). Production needs at least NODE_ENV=production and PATCHBAY_ENCRYPTION_KEY.',
    '# Generated from apps/api/src/platform/config/config-variables.ts; do not edit by hand, run:',
    `#   ${REGENERATE_COMMAND}`,
    '# For docker compose see docker/.env.example instead.',
  ];
  for (const [, spec] of configVariables()) {
    lines.push('', `# ${spec.description}${spec.sensitive ? ' (secret)' : ''}`);
    if (spec.default === undefined && spec.defaultText !== undefined) lines.push(`# Default: ${spec.defaultText.replace(/`/g, '')}`);
    lines.push(`# ${spec.name}=${spec.sensitive || spec.default === undefined ? '' : spec.default}`);
  }
  return lines.join('\n') + '\n';
}
