import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validateCatalog } from './catalog-loader';
import { formatSpecError } from './spec-error';
import { resolveIconSet, titleToSlug } from './icon-sets';

const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Demo', version: '1' },
  servers: [{ url: 'https://api.demo.example' }],
  components: {
    securitySchemes: {
      oauth: {
        type: 'oauth2',
        flows: { authorizationCode: { authorizationUrl: 'https://demo.example/a', tokenUrl: 'https://demo.example/t', scopes: { read: 'Read' } } },
      },
    },
  },
  security: [{ oauth: ['read'] }],
  paths: { '/x': { get: { operationId: 'x.get', responses: { '200': { description: 'ok' } } } } },
};

const SVG = '<svg role="img" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><title>Demo Tool</title><path d="M0 0h24v24H0z"/></svg>';

/** A repo with specs/<id>/ for each icon given, and (unless `withPackage` is false) a small simple-icons package. */
function repo(icons: Record<string, string>, withPackage = true): string {
  const root = mkdtempSync(join(tmpdir(), 'pb-icons-'));
  for (const [id, icon] of Object.entries(icons)) {
    const dir = join(root, 'specs', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'openapi.yaml'), stringify(OPENAPI));
    writeFileSync(join(dir, 'provider.yaml'), stringify({ name: id, category: 'Demo', description: 'A demo tool', icon }));
  }
  if (withPackage) {
    const pkg = join(root, 'node_modules', 'simple-icons');
    mkdirSync(join(pkg, 'icons'), { recursive: true });
    mkdirSync(join(pkg, 'data'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'simple-icons', version: '99.0.0' }));
    writeFileSync(join(pkg, 'icons', 'demotool.svg'), SVG);
    writeFileSync(join(pkg, 'data', 'simple-icons.json'), JSON.stringify([{ title: 'Demo Tool', hex: '4A154B', source: 'x' }]));
  }
  return root;
}

const decode = (url: string) => Buffer.from(url.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');

describe('provider.yaml icon: simple-icons:<slug>', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const load = (icons: Record<string, string>, withPackage = true) => {
    const root = repo(icons, withPackage);
    roots.push(root);
    return validateCatalog(join(root, 'specs'), { repoRoot: root });
  };

  it('becomes a data: URL of the logo in its brand colour', () => {
    const r = load({ demo: 'simple-icons:demotool' });
    expect(r.errors).toEqual([]);
    const icon = r.catalog.providers[0].icon ?? '';
    expect(icon).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(decode(icon)).toBe(SVG.replace('<svg ', '<svg fill="#4A154B" '));
  });

  it('names the file and path when the set has no such icon, and leaves the provider out', () => {
    const r = load({ demo: 'simple-icons:nosuchbrand', other: 'simple-icons:Not A Slug' });
    expect(r.errors.map(formatSpecError)).toEqual([
      `specs/demo/provider.yaml: icon: simple-icons 99.0.0 has no icon "nosuchbrand" (some brands were removed at their owners' request); leave icon out to show initials`,
      'specs/other/provider.yaml: icon: "simple-icons:Not A Slug" is not an icon name: use simple-icons:<slug>, e.g. simple-icons:slack',
    ]);
    expect(r.catalog.providers).toEqual([]);
  });

  it('without the package installed the icon is unavailable (the loader warns, the dashboard shows initials)', () => {
    const root = repo({ demo: 'simple-icons:demotool' }, false);
    roots.push(root);
    expect(resolveIconSet('simple-icons:demotool', [root])).toEqual({
      ok: false,
      kind: 'unavailable',
      message: 'the simple-icons package is not installed, so "simple-icons:demotool" cannot be shown',
    });
  });

  it('derives slugs from titles the way Simple Icons does', () => {
    expect(titleToSlug('Google Calendar')).toBe('googlecalendar');
    expect(titleToSlug('Dot.Net & C++')).toBe('dotdotnetandcplusplus');
    expect(titleToSlug('Déjà Vu')).toBe('dejavu');
  });
});

describe('the icons of the repo specs (simple-icons as installed)', () => {
  const specs = join(__dirname, '..', '..', '..', '..', 'specs');

  it('give a logo to the brands the set has, and none to those it removed (Slack, Salesforce, LinkedIn)', () => {
    const r = validateCatalog(specs);
    expect(r.errors.filter((e) => e.path === 'icon').map(formatSpecError)).toEqual([]);
    expect(r.warnings.filter((e) => e.path === 'icon').map(formatSpecError)).toEqual([]);
    const withLogo = r.catalog.providers.filter((p) => p.icon?.startsWith('data:image/svg+xml;base64,')).map((p) => p.id);
    expect(withLogo.sort()).toEqual(
      ['google-calendar', 'google-docs', 'google-drive', 'google-sheets', 'google-slides', 'hubspot', 'notion', 'tiktok'].sort(),
    );
    const notion = r.catalog.providers.find((p) => p.id === 'notion');
    expect(decode(notion?.icon ?? '')).toMatch(/^<svg fill="#000000" role="img"[^>]*><title>Notion<\/title>/);
  });
});
