import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Icons from a kept icon set, named in provider.yaml as `icon: <set>:<slug>` and turned into a `data:` URL when the
 * catalog loads. The only set is Simple Icons (npm `simple-icons`, CC0-1.0; brand logos stay their owners'
 * trademarks, see the package's DISCLAIMER.md): `simple-icons:googlecalendar`, the file name under its `icons/`.
 */
export const ICON_SET_PREFIX = 'simple-icons:';

export type IconSetResult = { ok: true; dataUrl: string } | { ok: false; kind: 'unknown' | 'unavailable'; message: string };

const SLUG_PATTERN = /^[a-z0-9_]+$/;

/**
 * Where the simple-icons package is: in a node_modules above one of the given directories (the repo root, the specs
 * directory, the working directory). No require.resolve: bundlers would resolve it at build time.
 */
function packageDir(searchFrom: readonly string[]): string | undefined {
  for (const start of searchFrom) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, 'node_modules', 'simple-icons');
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/** Simple Icons' own title → slug rule (its `titleToSlug`), for data entries without an explicit slug. */
export function titleToSlug(title: string): string {
  const replacements: Record<string, string> = {
    '+': 'plus',
    '.': 'dot',
    '&': 'and',
    đ: 'd',
    ħ: 'h',
    ı: 'i',
    ĸ: 'k',
    ŀ: 'l',
    ł: 'l',
    ß: 'ss',
    ŧ: 't',
  };
  return title
    .toLowerCase()
    .replace(/[+.&đħıĸŀłßŧ]/g, (c) => replacements[c] ?? c)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

interface IconData {
  title: string;
  slug?: string;
  hex?: string;
}

const dataCache = new Map<string, IconData[]>();

function iconData(dir: string): IconData[] {
  const cached = dataCache.get(dir);
  if (cached) return cached;
  let list: IconData[] = [];
  for (const rel of ['data/simple-icons.json', '_data/simple-icons.json']) {
    const file = join(dir, rel);
    if (!existsSync(file)) continue;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as IconData[] | { icons: IconData[] };
    list = Array.isArray(parsed) ? parsed : parsed.icons;
    break;
  }
  dataCache.set(dir, list);
  return list;
}

/**
 * Resolves `simple-icons:<slug>` to a `data:image/svg+xml` URL of the logo in its brand colour.
 * `unknown`: the set has no such icon (a spec error). `unavailable`: the package is not installed (the dashboard
 * falls back to initials).
 */
export function resolveIconSet(ref: string, searchFrom: readonly string[]): IconSetResult {
  const slug = ref.slice(ICON_SET_PREFIX.length);
  if (!SLUG_PATTERN.test(slug)) {
    return { ok: false, kind: 'unknown', message: `"${ref}" is not an icon name: use simple-icons:<slug>, e.g. simple-icons:slack` };
  }
  const dir = packageDir(searchFrom);
  if (!dir) return { ok: false, kind: 'unavailable', message: `the simple-icons package is not installed, so "${ref}" cannot be shown` };
  const file = join(dir, 'icons', `${slug}.svg`);
  if (!existsSync(file)) {
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
    return {
      ok: false,
      kind: 'unknown',
      message: `simple-icons ${version} has no icon "${slug}" (some brands were removed at their owners' request); leave icon out to show initials`,
    };
  }
  let svg = readFileSync(file, 'utf8').trim();
  const hex = iconData(dir).find((i) => (i.slug ?? titleToSlug(i.title)) === slug)?.hex;
  if (hex && /^[0-9A-Fa-f]{6}$/.test(hex) && !/\sfill=/.test(svg.slice(0, svg.indexOf('>')))) {
    svg = svg.replace(/^<svg\b/, `<svg fill="#${hex}"`);
  }
  return { ok: true, dataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}
