import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { hueOf, initialsOf } from './integrations-store';

/** Initials on a coloured disc, standing in for a tool's logo. Decorative: the name is always shown beside it. */
@Component({
  selector: 'app-provider-avatar',
  template: `<span class="avatar" aria-hidden="true" [style.background]="background()">{{ initials() }}</span>`,
  styles: `
    .avatar {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 40px;
      height: 40px;
      border-radius: 10px;
      color: #fff;
      font: var(--mat-sys-title-small);
      letter-spacing: 0.02em;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderAvatarComponent {
  readonly providerId = input.required<string>();
  readonly name = input.required<string>();

  protected readonly initials = computed(() => initialsOf(this.name()));
  // Dark enough for white text at every hue (WCAG AA for large and small text).
  protected readonly background = computed(() => `hsl(${hueOf(this.providerId())} 60% 30%)`);
}
