import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, signal, untracked, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { firstValueFrom } from 'rxjs';
import { AppContext } from '../apps/app-context';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { Session } from '../core/session';
import { notBlank } from '../custom-integrations/custom-integrations-helpers';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { ApiKey, ApiKeysApi, CreatedApiKey } from './api-keys-api.service';

/**
 * API keys tab: keys that let a program call this app's API. Owners create them (the key is shown once, here, and
 * never again) and revoke them; editors see the list; viewers are told the list is not theirs to see.
 */
@Component({
  selector: 'app-api-keys-page',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatTableModule],
  templateUrl: './api-keys.page.html',
  styleUrl: './api-keys.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysPage {
  private readonly api = inject(ApiKeysApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  private readonly session = inject(Session);
  protected readonly context = inject(AppContext);

  private readonly role = computed(() => {
    const app = this.context.app();
    if (!app) return null;
    return app.role ?? (this.session.isAdmin() ? 'owner' : null);
  });
  /** The API lets owners create and revoke, editors list. */
  protected readonly canManage = computed(() => this.role() === 'owner');
  protected readonly canList = computed(() => this.role() === 'owner' || this.role() === 'editor');

  protected readonly keys = signal<ApiKey[]>([]);
  protected readonly loading = signal(false);
  protected readonly listError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);
  /** The key just created: on screen until dismissed, then gone (it is kept nowhere else). */
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly copied = signal(false);

  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly revealed = viewChild<ElementRef<HTMLElement>>('revealed');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [notBlank, Validators.maxLength(120)]],
  });

  constructor() {
    effect(() => {
      if (this.context.app() && this.canList()) untracked(() => void this.load());
    });
    // Move focus to the new key so screen reader and keyboard users land on it (and on its copy button).
    effect(() => {
      const panel = this.revealed();
      if (panel) untracked(() => panel.nativeElement.focus());
    });
  }

  protected columns(): string[] {
    return this.canManage() ? ['name', 'prefix', 'created', 'lastUsed', 'actions'] : ['name', 'prefix', 'created', 'lastUsed'];
  }

  protected async load(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    this.loading.set(true);
    this.listError.set(null);
    try {
      this.keys.set(await this.api.list(app.id));
    } catch (err) {
      this.listError.set(apiErrorCode(err) === 'forbidden' ? 'Only editors and owners of this app can see its API keys.' : describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected async create(): Promise<void> {
    const app = this.context.app();
    if (!app || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    this.copied.set(false);
    try {
      const created = await this.api.create(app.id, this.form.getRawValue().name.trim());
      this.formDirective()?.resetForm({ name: '' });
      this.created.set(created);
      await this.load();
    } catch (err) {
      this.createError.set(describeApiError(err));
    } finally {
      this.creating.set(false);
    }
  }

  protected copy(key: string): void {
    this.copied.set(this.clipboard.copy(key));
    if (!this.copied()) this.snackBar.open('Copying failed: select the key and copy it by hand.', undefined, { duration: 5000 });
  }

  protected dismiss(): void {
    this.created.set(null);
    this.copied.set(false);
  }

  protected async revoke(key: ApiKey): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Revoke ${key.name}?`,
            message: `Programs using the key ${key.prefix}… stop getting into ${app.name} at once. This cannot be undone; create a new key to give access again.`,
            confirmLabel: 'Revoke key',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.listError.set(null);
    try {
      await this.api.revoke(app.id, key.id);
      if (this.created()?.id === key.id) this.dismiss();
      this.snackBar.open(`Revoked ${key.name}`, undefined, { duration: 4000 });
      await this.load();
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
  }
}
