import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { firstValueFrom } from 'rxjs';
import { APP_ROLES, AppRole, Member } from '../core/api.models';
import { describeApiError } from '../core/api-error';
import { AppsApi } from '../core/apps-api.service';
import { Session } from '../core/session';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { InviteLinkComponent } from '../users/invite-link.component';
import { PeopleApi } from '../users/people-api.service';
import { CreatedInvitation, Invitation } from '../users/people.models';
import { AppContext } from './app-context';

/**
 * Members tab. Owners invite people (a single-use link to hand over), add existing accounts, change roles and remove
 * members; everyone else gets a read-only list with no editing controls at all (the API would refuse them anyway).
 */
@Component({
  selector: 'app-app-members-page',
  imports: [
    DatePipe,
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    InviteLinkComponent,
  ],
  templateUrl: './app-members.page.html',
  styleUrl: './app-members.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppMembersPage {
  private readonly api = inject(AppsApi);
  private readonly people = inject(PeopleApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly context = inject(AppContext);
  protected readonly session = inject(Session);

  protected readonly roles = APP_ROLES;
  protected readonly members = signal<Member[]>([]);
  protected readonly loading = signal(true);
  protected readonly listError = signal<string | null>(null);
  protected readonly addError = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly invitations = signal<Invitation[]>([]);
  protected readonly inviteError = signal<string | null>(null);
  protected readonly inviting = signal(false);
  /** The invitation just created: its link is shown once. */
  protected readonly created = signal<CreatedInvitation | null>(null);
  protected readonly invitationColumns = ['email', 'role', 'expires', 'actions'];

  /** Resetting through the directive also clears its "submitted" flag, so the emptied field shows no error. */
  private readonly addFormDirective = viewChild<FormGroupDirective>('addFormDir');
  private readonly inviteFormDirective = viewChild<FormGroupDirective>('inviteFormDir');

  protected readonly inviteForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['editor' as AppRole, Validators.required],
  });

  protected readonly addForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['editor' as AppRole, Validators.required],
  });

  constructor() {
    effect(() => {
      const app = this.context.app();
      if (app) untracked(() => void this.load());
    });
  }

  protected columns(): string[] {
    return this.context.canManage() ? ['member', 'role', 'added', 'actions'] : ['member', 'role', 'added'];
  }

  protected async load(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    this.loading.set(true);
    this.listError.set(null);
    try {
      const [members, invitations] = await Promise.all([
        this.api.members(app.id),
        this.context.canManage() ? this.people.appInvitations(app.id) : Promise.resolve([]),
      ]);
      this.members.set(members);
      this.invitations.set(invitations);
    } catch (err) {
      this.listError.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected async add(): Promise<void> {
    const app = this.context.app();
    if (!app || this.addForm.invalid) {
      this.addForm.markAllAsTouched();
      return;
    }
    this.adding.set(true);
    this.addError.set(null);
    const { email, role } = this.addForm.getRawValue();
    try {
      const member = await this.api.addMember(app.id, email.trim(), role);
      this.addFormDirective()?.resetForm({ email: '', role });
      // No action button: a timed snack bar with a button inside its live region traps keyboard users (axe: aria-hidden-focus).
      // The API answers the same whether or not the email has an account (it must not tell who signed up).
      this.snackBar.open(`If ${member.email} has a Patchbay account, they now have the ${member.role} role here.`, undefined, { duration: 6000 });
      await this.load();
    } catch (err) {
      this.addError.set(describeApiError(err));
    } finally {
      this.adding.set(false);
    }
  }

  protected async invite(): Promise<void> {
    const app = this.context.app();
    if (!app || this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    this.inviting.set(true);
    this.inviteError.set(null);
    const { email, role } = this.inviteForm.getRawValue();
    try {
      const link = await this.people.inviteToApp(app.id, email.trim().toLowerCase(), role);
      this.inviteFormDirective()?.resetForm({ email: '', role });
      this.created.set(link);
      await this.load();
    } catch (err) {
      this.inviteError.set(describeApiError(err));
    } finally {
      this.inviting.set(false);
    }
  }

  protected async revokeInvitation(invitation: Invitation): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Revoke the invitation for ${invitation.email}?`,
            message: 'The link will stop working.',
            confirmLabel: 'Revoke invitation',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.listError.set(null);
    try {
      await this.people.revokeAppInvitation(app.id, invitation.id);
      this.snackBar.open(`Revoked the invitation for ${invitation.email}`, undefined, { duration: 4000 });
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
    await this.load();
  }

  protected async changeRole(member: Member, role: AppRole): Promise<void> {
    const app = this.context.app();
    if (!app || role === member.role) return;
    // A new action makes an older add-form error misleading.
    this.listError.set(null);
    this.addError.set(null);
    try {
      await this.api.changeRole(app.id, member.userId, role);
      this.snackBar.open(`${member.email} is now ${role}`, undefined, { duration: 4000 });
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
    // Reload either way: on failure this puts the select back to the role the server still has.
    await this.load();
  }

  protected async remove(member: Member): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Remove ${member.email}?`,
            message: `${member.name || member.email} will lose access to ${app.name}. You can add them again later.`,
            confirmLabel: 'Remove member',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.listError.set(null);
    this.addError.set(null);
    try {
      await this.api.removeMember(app.id, member.userId);
      this.snackBar.open(`Removed ${member.email}`, undefined, { duration: 4000 });
      await this.load();
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
  }
}
