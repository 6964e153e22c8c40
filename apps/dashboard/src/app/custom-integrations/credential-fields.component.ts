import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { AUTH_TYPE_LABELS, CredentialFormGroup } from './custom-integrations-helpers';
import { INTEGRATION_AUTH_TYPES, IntegrationAuthType } from './custom-integrations.models';

/**
 * The credential fields of a custom integration (create and rotate). Secrets are write-only: password inputs that
 * start empty, are never filled from the server, and are not offered to the browser's password manager.
 */
@Component({
  selector: 'app-credential-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatRadioModule],
  template: `
    <div [formGroup]="group()" class="credential">
      <mat-form-field appearance="outline">
        <mat-label>Authentication</mat-label>
        <mat-select formControlName="type" data-testid="auth-type">
          @for (type of types; track type) {
            <mat-option [value]="type">{{ labels[type] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      @switch (type()) {
        @case ('api_key') {
          <div class="where">
            <span [id]="idPrefix() + '-in-label'" class="legend">Send the key in</span>
            <mat-radio-group formControlName="in" [attr.aria-labelledby]="idPrefix() + '-in-label'">
              <mat-radio-button value="header">a header</mat-radio-button>
              <mat-radio-button value="query">a query parameter</mat-radio-button>
            </mat-radio-group>
          </div>
          <mat-form-field appearance="outline">
            <mat-label>{{ where() === 'query' ? 'Query parameter name' : 'Header name' }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            @if (group().controls.name.hasError('required')) {
              <mat-error>Enter the name the API expects, e.g. X-Api-Key.</mat-error>
            } @else if (group().controls.name.hasError('pattern')) {
              <mat-error>Use only letters, digits, _ . and - (at most 100).</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>API key</mat-label>
            <input matInput type="password" formControlName="value" autocomplete="new-password" required />
            <mat-hint>Stored encrypted. It is never shown again.</mat-hint>
            @if (group().controls.value.hasError('required')) {
              <mat-error>Enter the API key.</mat-error>
            } @else if (group().controls.value.hasError('maxlength')) {
              <mat-error>The key is too long (at most 4000 characters).</mat-error>
            } @else if (group().controls.value.hasError('controlChars')) {
              <mat-error>The key cannot contain line breaks, tabs or other control characters.</mat-error>
            }
          </mat-form-field>
        }
        @case ('bearer') {
          <mat-form-field appearance="outline">
            <mat-label>Bearer token</mat-label>
            <input matInput type="password" formControlName="token" autocomplete="new-password" required />
            <mat-hint>Sent as "Authorization: Bearer …". Stored encrypted, never shown again.</mat-hint>
            @if (group().controls.token.hasError('required')) {
              <mat-error>Enter the token.</mat-error>
            } @else if (group().controls.token.hasError('maxlength')) {
              <mat-error>The token is too long (at most 8000 characters).</mat-error>
            } @else if (group().controls.token.hasError('controlChars')) {
              <mat-error>The token cannot contain line breaks, tabs or other control characters.</mat-error>
            }
          </mat-form-field>
        }
        @case ('basic') {
          <mat-form-field appearance="outline">
            <mat-label>User name</mat-label>
            <input matInput formControlName="username" autocomplete="off" required />
            @if (group().controls.username.hasError('required')) {
              <mat-error>Enter the user name.</mat-error>
            } @else if (group().controls.username.hasError('pattern') || group().controls.username.hasError('controlChars')) {
              <mat-error>A user name cannot contain ":" or control characters.</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Password</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-hint>Stored encrypted. It is never shown again.</mat-hint>
            @if (group().controls.password.hasError('required')) {
              <mat-error>Enter the password.</mat-error>
            } @else if (group().controls.password.hasError('controlChars')) {
              <mat-error>The password cannot contain line breaks, tabs or other control characters.</mat-error>
            }
          </mat-form-field>
        }
      }
    </div>
  `,
  styles: `
    .credential {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .where {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 12px;
    }
    .legend {
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialFieldsComponent {
  readonly group = input.required<CredentialFormGroup>();
  /** Keeps ids unique when the fields appear twice on a page (create form and rotate dialog). */
  readonly idPrefix = input('credential');

  protected readonly types = INTEGRATION_AUTH_TYPES;
  protected readonly labels = AUTH_TYPE_LABELS;
  /** The chosen type and key location as signals, so the fields follow any change (a reset too), not only clicks. */
  protected readonly type = signal<IntegrationAuthType>('api_key');
  protected readonly where = signal<'header' | 'query'>('header');

  constructor() {
    effect((onCleanup) => {
      const { type, in: where } = this.group().controls;
      this.type.set(type.value);
      this.where.set(where.value);
      const subscriptions = [type.valueChanges.subscribe((t) => this.type.set(t)), where.valueChanges.subscribe((w) => this.where.set(w))];
      onCleanup(() => subscriptions.forEach((s) => s.unsubscribe()));
    });
  }
}
