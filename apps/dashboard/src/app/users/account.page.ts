import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { Session } from '../core/session';
import { PeopleApi } from './people-api.service';

const MIN_PASSWORD_LENGTH = 8;

/** The signed-in person's own account: who they are, and changing their password (the current one is required). */
@Component({
  selector: 'app-account-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <section class="page" aria-labelledby="account-title">
      <div class="page-header">
        <h1 id="account-title">Account</h1>
      </div>
      @if (session.user(); as user) {
        <p>
          Signed in as <strong>{{ user.email }}</strong> ({{ user.role === 'admin' ? 'instance admin' : 'user' }}).
        </p>
      }
      <section aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        <p class="muted">Your other sessions (other browsers and devices) are signed out; this one stays signed in.</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="password-form" data-testid="change-password-form">
          <mat-form-field appearance="outline">
            <mat-label>Current password</mat-label>
            <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
            @if (form.controls.currentPassword.hasError('required')) {
              <mat-error>Enter your current password.</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>New password</mat-label>
            <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
            <mat-hint>At least {{ minPasswordLength }} characters</mat-hint>
            @if (form.controls.newPassword.hasError('required') || form.controls.newPassword.hasError('minlength')) {
              <mat-error>Use at least {{ minPasswordLength }} characters.</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ busy() ? 'Changing…' : 'Change password' }}</button>
        </form>
        @if (error(); as message) {
          <p class="error-banner" role="alert" data-testid="change-password-error">{{ message }}</p>
        }
      </section>
    </section>
  `,
  styles: `
    h2 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .password-form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 400px;
    }
    button[type='submit'] {
      align-self: flex-start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly people = inject(PeopleApi);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(Session);
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.people.changeOwnPassword(currentPassword, newPassword);
      this.formDirective()?.resetForm();
      this.snackBar.open('Password changed', undefined, { duration: 4000 });
    } catch (err) {
      this.error.set(apiErrorCode(err) === 'wrong_password' ? 'The current password is wrong.' : describeApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
