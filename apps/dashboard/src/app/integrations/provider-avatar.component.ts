import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { hueOf } from './integrations-store';

/**
 * Letters standing in for a tool without a logo, distinct between tools that share words: "Google Drive" → "GDr"
 * and "Google Docs" → "GDo"; "HubSpot" → "HS" (capitals inside one word); "Slack" → "Sl" and "Salesforce" → "Sa".
 */
export function fallbackInitials(name: string): string {
  const words = name.split(/[\s\-_]+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length > 1) {
    const last = words[words.length - 1];
    return (words[0][0] + last[0]).toUpperCase() + (last[1] ?? '').toLowerCase();
  }
  const humps = words[0].split(/(?=[A-Z])/).filter(Boolean);
  if (humps.length > 1) return (humps[0][0] + humps[1][0]).toUpperCase();
  return words[0][0].toUpperCase() + (words[0][1] ?? '').toLowerCase();
}

/** A stable colour per tool, dark enough for white text at every hue (WCAG AA for large and small text). */
export function fallbackColour(providerId: string): string {
  return `hsl(${hueOf(providerId)} 60% 30%)`;
}

/** Only images the API sends inline (`data:image/…`, e.g. a Simple Icons logo) can be shown; a file name cannot. */
export function logoSource(icon: string | null | undefined): string | null {
  return icon && /^data:image\/(svg\+xml|png|jpeg|webp|gif)[;,]/.test(icon) ? icon : null;
}

/**
 * A tool's logo (provider.yaml `icon`, e.g. `simple-icons:slack`), or distinct initials on a coloured disc when the
 * icon set has none. Either way it is an image named after the tool.
 */
@Component({
  selector: 'app-provider-avatar',
  template: `
    @if (logo(); as src) {
      <span class="avatar logo" data-testid="provider-logo"><img [src]="src" [alt]="name()" width="26" height="26" /></span>
    } @else {
      <span class="avatar" role="img" [attr.aria-label]="name()" [style.background]="background()" data-testid="provider-initials">
        <span aria-hidden="true">{{ initials() }}</span>
      </span>
    }
  `,
  styles: `
    .avatar {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 40px;
      height: 40px;
      box-sizing: border-box;
      border-radius: 10px;
      color: #fff;
      font: var(--mat-sys-title-small);
      letter-spacing: 0.02em;
      flex: none;
    }
    /* Brand colours are made for a light background, in either theme. */
    .logo {
      background: #fff;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .logo img {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderAvatarComponent {
  readonly providerId = input.required<string>();
  readonly name = input.required<string>();
  /** The provider's `icon` as the API sends it. */
  readonly icon = input<string | null | undefined>(undefined);

  protected readonly logo = computed(() => logoSource(this.icon()));
  protected readonly initials = computed(() => fallbackInitials(this.name()));
  protected readonly background = computed(() => fallbackColour(this.providerId()));
}
