import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { Session } from '../core/session';
import { PeopleApi } from '../users/people-api.service';
import { InvitationInfo } from '../users/people.models';

const MIN_PASSWORD_LENGTH = 8;

/** Why a link cannot be used, in words (the API's codes for expired, used, revoked and unknown links). */
const LINK_PROBLEMS: Readonly<Record<string, string>> = {
  invitation_expired: 'This link has expired. Ask whoever sent it for a new one.',
  invitation_used: 'This link has already been used. Sign in instead, or ask for a new link.',
  invitation_revoked: 'This link has been revoked. Ask whoever sent it for a new one.',
  invitation_not_found: 'This link is not valid. Check that it was copied completely.',
  account_disabled: 'This account is disabled. Ask an administrator to enable it.',
};

/**
 * Public page an invitation or reset link opens (`/invite/:token`): a new person sets a name and password, someone
 * who has an account signs in with theirs, a reset sets a new password. Either way they end up signed in.
 */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './accept-invitation.page.html',
  styleUrl: './accept-invitation.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage implements OnInit {
  private readonly people = inject(PeopleApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** The route's `:token` (component input binding). */
  readonly token = input.required<string>();

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly info = signal<InvitationInfo | null>(null);
  protected readonly loading = signal(true);
  /** The link cannot be used at all. */
  protected readonly linkProblem = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [''],
    password: ['', [Validators.required]],
  });

  async ngOnInit(): Promise<void> {
    try {
      const info = await this.people.lookup(this.token());
      this.info.set(info);
      // A new password needs the minimum length; the password of an existing account is whatever it is.
      if (!info.accountExists || info.kind === 'reset') {
        this.form.controls.password.addValidators(Validators.minLength(MIN_PASSWORD_LENGTH));
        this.form.controls.password.updateValueAndValidity();
      }
    } catch (err) {
      this.linkProblem.set(LINK_PROBLEMS[apiErrorCode(err) ?? ''] ?? describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { name, password } = this.form.getRawValue();
    try {
      const res = await this.people.accept(this.token(), { password, ...(name.trim() ? { name: name.trim() } : {}) });
      this.session.start(res.token, res.user);
      await this.router.navigateByUrl(res.appId ? `/apps/${res.appId}` : '/apps');
    } catch (err) {
      const code = apiErrorCode(err) ?? '';
      if (code.startsWith('invitation_')) this.linkProblem.set(LINK_PROBLEMS[code] ?? describeApiError(err));
      else this.error.set(LINK_PROBLEMS[code] ?? describeApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
