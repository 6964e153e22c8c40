import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { describeApiError } from '../core/api-error';
import { Provider } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { ProviderAvatarComponent } from '../integrations/provider-avatar.component';

/** Providers that share one OAuth client (an auth group), shown and configured together. */
export interface ProviderGroup {
  id: string;
  providers: Provider[];
  configured: boolean;
  redirectUri: string;
}

export function groupProviders(providers: readonly Provider[]): ProviderGroup[] {
  const groups = new Map<string, Provider[]>();
  for (const p of providers) groups.set(p.authGroup, [...(groups.get(p.authGroup) ?? []), p]);
  return [...groups.entries()]
    .map(([id, members]) => ({
      id,
      providers: [...members].sort((a, b) => a.name.localeCompare(b.name)),
      configured: members.some((m) => m.configured),
      redirectUri: members[0]?.redirectUri ?? '',
    }))
    .sort((a, b) => a.providers[0].name.localeCompare(b.providers[0].name));
}

/** Settings → Providers (instance admins): each provider's OAuth client id and secret, and the redirect URI. */
@Component({
  selector: 'app-providers-settings-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ProviderAvatarComponent],
  templateUrl: './providers-settings.page.html',
  styleUrl: './providers-settings.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProvidersSettingsPage implements OnInit {
  private readonly api = inject(IntegrationsApi);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);

  protected readonly providers = signal<Provider[]>([]);
  protected readonly groups = computed(() => groupProviders(this.providers()));
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal<string | null>(null);
  /** Configured groups whose form is open (replacing credentials is rare; the form stays folded otherwise). */
  protected readonly editing = signal<ReadonlySet<string>>(new Set());
  /** Per group: the last save or removal problem. */
  protected readonly groupErrors = signal<Record<string, string>>({});

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.providers.set(await this.api.providers());
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected namesOf(group: ProviderGroup): string {
    return group.providers.map((p) => p.name).join(', ');
  }

  protected isEditing(group: ProviderGroup): boolean {
    return !group.configured || this.editing().has(group.id);
  }

  protected setEditing(group: ProviderGroup, open: boolean): void {
    this.editing.update((all) => {
      const next = new Set(all);
      if (open) next.add(group.id);
      else next.delete(group.id);
      return next;
    });
  }

  protected copy(uri: string): void {
    const ok = this.clipboard.copy(uri);
    this.snackBar.open(ok ? 'Redirect URI copied' : 'Could not copy; select the text and copy it by hand', undefined, {
      duration: 3000,
    });
  }

  protected async save(group: ProviderGroup, form: NgForm): Promise<void> {
    const { clientId, clientSecret } = form.value as { clientId?: string; clientSecret?: string };
    if (form.invalid || !clientId?.trim() || !clientSecret) {
      form.control.markAllAsTouched();
      return;
    }
    this.saving.set(group.id);
    this.setGroupError(group.id, null);
    try {
      const set = await this.api.setCredentials(group.providers[0].id, clientId.trim(), clientSecret);
      form.resetForm();
      this.setEditing(group, false);
      const shared = set.sharedWith.length ? ` (shared by ${this.namesOf(group)})` : '';
      this.snackBar.open(`Saved the OAuth client${shared}`, undefined, { duration: 4000 });
      await this.load();
    } catch (err) {
      this.setGroupError(group.id, describeApiError(err));
    } finally {
      this.saving.set(null);
    }
  }

  protected async remove(group: ProviderGroup): Promise<void> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Remove the OAuth client of ${this.namesOf(group)}?`,
            message:
              'Nobody can connect these tools until new credentials are saved. Existing connections keep their tokens but cannot refresh them.',
            confirmLabel: 'Remove credentials',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.setGroupError(group.id, null);
    try {
      await this.api.removeCredentials(group.providers[0].id);
      await this.load();
    } catch (err) {
      this.setGroupError(group.id, describeApiError(err));
    }
  }

  private setGroupError(id: string, message: string | null): void {
    this.groupErrors.update((all) => {
      const next = { ...all };
      if (message) next[id] = message;
      else delete next[id];
      return next;
    });
  }
}
