import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CreatedInvitation, inviteLink } from './people.models';

/**
 * A freshly created invitation or reset link, shown once to copy and hand over (also emailed when the instance has an
 * SMTP relay: `emailed`). It cannot be shown again: closing it (or leaving the page) loses it; a new one can be made.
 */
@Component({
  selector: 'app-invite-link',
  imports: [DatePipe, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <div class="link-box" role="region" [attr.aria-label]="title()" data-testid="invite-link-box">
      <p class="title">
        <strong>{{ title() }}</strong>
      </p>
      <p class="muted" data-testid="invite-link-delivery">
        @if (created().emailed) {
          Emailed to {{ created().email }}. You can also copy the link and send it yourself.
        } @else {
          Copy this link and send it to {{ created().email }} yourself (this instance sends no email, or the mail relay did not take it).
        }
        It works once, until {{ created().expiresAt | date: 'medium' }}, and will not be shown again.
      </p>
      <div class="row">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="url">
          <mat-label>Link for {{ created().email }}</mat-label>
          <input #linkInput matInput readonly [value]="url()" data-testid="invite-link" (focus)="$any($event.target).select()" />
        </mat-form-field>
        <button mat-flat-button type="button" (click)="copy()" data-testid="copy-invite-link">{{ copied() ? 'Copied' : 'Copy link' }}</button>
        <button mat-button type="button" (click)="closed.emit()">Done</button>
      </div>
      <p class="visually-hidden" aria-live="polite">{{ copied() ? 'Link copied to the clipboard' : '' }}</p>
    </div>
  `,
  styles: `
    .link-box {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px 16px;
      margin: 12px 0 24px;
    }
    .title {
      margin: 0 0 4px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .url {
      flex: 1 1 420px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteLinkComponent {
  private readonly clipboard = inject(Clipboard);
  readonly created = input.required<CreatedInvitation>();
  readonly title = input('Invitation link');
  readonly closed = output<void>();
  protected readonly copied = signal(false);
  private readonly linkInput = viewChild<ElementRef<HTMLInputElement>>('linkInput');

  constructor() {
    // A new link (the reset link of a row far down the Users page, too) is brought into view and focused, selected.
    const injector = inject(Injector);
    effect(() => {
      this.created();
      this.copied.set(false);
      afterNextRender(
        () => {
          const el = this.linkInput()?.nativeElement;
          el?.scrollIntoView?.({ block: 'center' });
          el?.focus();
        },
        { injector },
      );
    });
  }

  protected url(): string {
    return inviteLink(this.created().token);
  }

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.url()));
  }
}
