import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { firstValueFrom } from 'rxjs';
import type { InstanceRole } from '../core/api.models';
import { describeApiError } from '../core/api-error';
import { Session } from '../core/session';
import { UsersApi } from '../core/users-api.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { InviteLinkComponent } from './invite-link.component';
import { PeopleApi } from './people-api.service';
import { CreatedInvitation, Invitation, ManagedUser } from './people.models';
import { SetPasswordDialog } from './set-password.dialog';

/** Minimum password length asked of new accounts; the API may ask for more and its message is then shown. */
const MIN_PASSWORD_LENGTH = 8;
const INSTANCE_ROLES: readonly InstanceRole[] = ['user', 'admin'];

/**
 * Instance admins invite people (a link to hand over), create accounts with a password, and manage users: instance
 * role, disable / enable, password (set one, or a reset link), delete.
 */
@Component({
  selector: 'app-users-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    InviteLinkComponent,
  ],
  templateUrl: './users.page.html',
  styleUrl: './users.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly people = inject(PeopleApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  protected readonly session = inject(Session);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly instanceRoles = INSTANCE_ROLES;
  protected readonly users = signal<ManagedUser[]>([]);
  protected readonly invitations = signal<Invitation[]>([]);
  protected readonly loading = signal(true);
  protected readonly listError = signal<string | null>(null);
  protected readonly createError = signal<string | null>(null);
  protected readonly inviteError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly inviting = signal(false);
  /** The link just created (invitation or reset), shown once. */
  protected readonly created = signal<{ link: CreatedInvitation; title: string } | null>(null);
  protected readonly columns = ['email', 'name', 'role', 'status', 'actions'];
  protected readonly invitationColumns = ['email', 'role', 'expires', 'actions'];

  /** Resetting through the directive also clears its "submitted" flag, so the emptied fields show no errors. */
  private readonly createFormDirective = viewChild<FormGroupDirective>('createFormDir');
  private readonly inviteFormDirective = viewChild<FormGroupDirective>('inviteFormDir');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    name: [''],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });

  protected readonly inviteForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['user' as InstanceRole, Validators.required],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.listError.set(null);
    try {
      const [users, invitations] = await Promise.all([this.people.users(), this.people.instanceInvitations()]);
      this.users.set(users);
      this.invitations.set(invitations);
    } catch (err) {
      this.listError.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected async invite(): Promise<void> {
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    this.inviting.set(true);
    this.inviteError.set(null);
    const { email, role } = this.inviteForm.getRawValue();
    try {
      const link = await this.people.inviteToInstance(email.trim().toLowerCase(), role);
      this.inviteFormDirective()?.resetForm({ email: '', role });
      this.created.set({ link, title: `Invitation for ${link.email}` });
      await this.load();
    } catch (err) {
      this.inviteError.set(describeApiError(err));
    } finally {
      this.inviting.set(false);
    }
  }

  protected async revoke(invitation: Invitation): Promise<void> {
    if (!(await this.confirm(`Revoke the invitation for ${invitation.email}?`, 'The link will stop working.', 'Revoke invitation'))) return;
    await this.act(() => this.people.revokeInstanceInvitation(invitation.id), `Revoked the invitation for ${invitation.email}`);
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    const { email, name, password } = this.form.getRawValue();
    try {
      const user = await this.api.create({ email: email.trim(), password, ...(name.trim() ? { name: name.trim() } : {}) });
      this.createFormDirective()?.resetForm();
      this.snackBar.open(`Created ${user.email}. They can now be added to apps.`, undefined, { duration: 5000 });
      await this.load();
    } catch (err) {
      this.createError.set(describeApiError(err));
    } finally {
      this.creating.set(false);
    }
  }

  protected isMe(user: ManagedUser): boolean {
    return user.id === this.session.user()?.id;
  }

  protected async changeRole(user: ManagedUser, role: InstanceRole): Promise<void> {
    if (role === user.role) return;
    await this.act(() => this.people.updateUser(user.id, { role }), `${user.email} is now ${role === 'admin' ? 'an instance admin' : 'a user'}`);
  }

  protected async toggleDisabled(user: ManagedUser): Promise<void> {
    if (!user.disabled) {
      const ok = await this.confirm(
        `Disable ${user.email}?`,
        'They are signed out at once, cannot sign in, and the API keys they created stop working until you enable them again.',
        'Disable user',
      );
      if (!ok) return;
    }
    await this.act(() => this.people.updateUser(user.id, { disabled: !user.disabled }), `${user.email} is ${user.disabled ? 'enabled' : 'disabled'}`);
  }

  protected async resetLink(user: ManagedUser): Promise<void> {
    this.listError.set(null);
    try {
      const link = await this.people.resetLink(user.id);
      this.created.set({ link, title: `Password reset link for ${user.email}` });
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
  }

  protected async setPassword(user: ManagedUser): Promise<void> {
    const password = await firstValueFrom(
      this.dialog.open<SetPasswordDialog, { email: string }, string>(SetPasswordDialog, { data: { email: user.email } }).afterClosed(),
    );
    if (!password) return;
    await this.act(() => this.people.setPassword(user.id, password), `Set a new password for ${user.email}`);
  }

  protected async remove(user: ManagedUser): Promise<void> {
    const ok = await this.confirm(
      `Delete ${user.email}?`,
      'The account, its sessions and its app memberships are deleted. This cannot be undone.',
      'Delete user',
    );
    if (!ok) return;
    await this.act(() => this.people.deleteUser(user.id), `Deleted ${user.email}`);
  }

  private confirm(title: string, message: string, confirmLabel: string): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data: { title, message, confirmLabel } }).afterClosed(),
    );
  }

  /** Runs a change, says so, and reloads either way (a failed role change puts the select back). */
  private async act(change: () => Promise<unknown>, done: string): Promise<void> {
    this.listError.set(null);
    try {
      await change();
      this.snackBar.open(done, undefined, { duration: 4000 });
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
    await this.load();
  }
}
