import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { describeApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { Session } from '../core/session';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  /** Where to go after signing in (set by the guard or the interceptor); only in-app paths are honoured. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      const previous = this.session.lastUserId();
      const user = await this.auth.login(email.trim(), password);
      const target = this.returnUrl();
      // A returnUrl like "//evil.example" would leave the app; only single-slash paths are followed. A page saved when
      // someone else's session ended in this tab is theirs, not this user's: they start at their apps.
      const theirs = previous === null || previous === user.id;
      await this.router.navigateByUrl(target && theirs && /^\/(?!\/)/.test(target) ? target : '/apps');
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
