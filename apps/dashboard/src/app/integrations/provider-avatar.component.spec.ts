import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackColour, fallbackInitials, logoSource, ProviderAvatarComponent } from './provider-avatar.component';

/** The catalog's tools (specs/): the fallback must tell every one of them apart. */
const TOOLS: Array<[string, string]> = [
  ['google-calendar', 'Google Calendar'],
  ['google-drive', 'Google Drive'],
  ['google-docs', 'Google Docs'],
  ['google-sheets', 'Google Sheets'],
  ['google-slides', 'Google Slides'],
  ['slack', 'Slack'],
  ['notion', 'Notion'],
  ['salesforce', 'Salesforce'],
  ['hubspot', 'HubSpot'],
  ['linkedin', 'LinkedIn'],
  ['tiktok', 'TikTok'],
];

@Component({
  imports: [ProviderAvatarComponent],
  template: `<app-provider-avatar [providerId]="id()" [name]="name()" [icon]="icon()" />`,
})
class HostComponent {
  readonly id = signal('notion');
  readonly name = signal('Notion');
  readonly icon = signal<string | undefined>(undefined);
}

describe('ProviderAvatarComponent', () => {
  // The logo exactly as the spec loader makes it from the installed simple-icons package.
  const svg = readFileSync(join(__dirname, '../../../../../node_modules/simple-icons/icons/notion.svg'), 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

  function render(icon: string | undefined, id = 'notion', name = 'Notion'): HTMLElement {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.id.set(id);
    fixture.componentInstance.name.set(name);
    fixture.componentInstance.icon.set(icon);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the logo the API sends (a simple-icons SVG) as an image named after the tool', () => {
    const el = render(dataUrl);
    const img = el.querySelector('img');
    expect(img?.getAttribute('src')).toBe(dataUrl);
    expect(img?.getAttribute('alt')).toBe('Notion');
    expect(el.querySelector('[data-testid="provider-initials"]')).toBeNull();
  });

  it('falls back to initials on a coloured disc, also named after the tool, without a logo', () => {
    const el = render(undefined, 'slack', 'Slack');
    const disc = el.querySelector('[data-testid="provider-initials"]');
    expect(el.querySelector('img')).toBeNull();
    expect(disc?.getAttribute('role')).toBe('img');
    expect(disc?.getAttribute('aria-label')).toBe('Slack');
    expect(disc?.textContent?.trim()).toBe('Sl');
    expect((disc as HTMLElement).style.background).toMatch(/^(hsl|rgb)\(/);
  });

  it('never shows an icon it cannot load inline (a file name, a script URL)', () => {
    expect(logoSource('icon.svg')).toBeNull();
    expect(logoSource('javascript:alert(1)')).toBeNull();
    expect(logoSource('data:text/html;base64,PHNjcmlwdD4=')).toBeNull();
    expect(logoSource(dataUrl)).toBe(dataUrl);
    expect(render('icon.svg').querySelector('[data-testid="provider-initials"]')).not.toBeNull();
  });

  it('gives every tool of the catalog distinct initials and a distinct colour', () => {
    const initials = TOOLS.map(([, name]) => fallbackInitials(name));
    expect(initials).toEqual(['GCa', 'GDr', 'GDo', 'GSh', 'GSl', 'Sl', 'No', 'Sa', 'HS', 'LI', 'TT']);
    expect(new Set(initials).size).toBe(TOOLS.length);
    expect(new Set(TOOLS.map(([id]) => fallbackColour(id))).size).toBe(TOOLS.length);
  });
});
