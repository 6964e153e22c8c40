import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { describeApiError } from '../core/api-error';
import { AppsApi } from '../core/apps-api.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { AppContext } from './app-context';

/** Overview tab: what the app is; owners can rename, describe or delete it. */
@Component({
  selector: 'app-app-overview-page',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './app-overview.page.html',
  styleUrl: './app-overview.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppOverviewPage {
  private readonly api = inject(AppsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly context = inject(AppContext);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.pattern(/\S/)]],
    description: [''],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // Keep the edit form in step with the loaded app.
    effect(() => {
      const app = this.context.app();
      if (app) this.form.reset({ name: app.name, description: app.description ?? '' });
    });
  }

  protected async save(): Promise<void> {
    const app = this.context.app();
    if (!app || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { name, description } = this.form.getRawValue();
    try {
      const updated = await this.api.update(app.id, { name: name.trim(), description: description.trim() });
      // PATCH answers the app; the caller's role is unchanged by an edit, so keep ours if it is omitted.
      this.context.set({ ...app, ...updated, role: updated.role ?? app.role });
      this.snackBar.open('App details saved', undefined, { duration: 4000 });
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.busy.set(false);
    }
  }

  protected async deleteApp(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Delete ${app.name}?`,
            message: 'The app, its members and everything connected to it will be removed. This cannot be undone.',
            confirmLabel: 'Delete app',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.error.set(null);
    try {
      await this.api.remove(app.id);
      this.snackBar.open(`${app.name} deleted`, undefined, { duration: 4000 });
      await this.router.navigate(['/apps']);
    } catch (err) {
      this.error.set(describeApiError(err));
    }
  }
}
