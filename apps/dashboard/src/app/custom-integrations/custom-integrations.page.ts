import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { json } from '@patchbay/panel-kit';
import { firstValueFrom } from 'rxjs';
import { AppContext } from '../apps/app-context';
import { describeApiError } from '../core/api-error';
import { Session } from '../core/session';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { CredentialFieldsComponent } from './credential-fields.component';
import { CustomIntegrationsApi } from './custom-integrations-api.service';
import { authPayload, baseUrlValidator, credentialForm, describeAuth, notBlank, parseRequestBody } from './custom-integrations-helpers';
import { CustomIntegration, HTTP_METHODS, HttpMethod, IntegrationResponse } from './custom-integrations.models';
import { RotateCredentialData, RotateCredentialDialog } from './rotate-credential.dialog';

interface TestOutcome {
  integrationId: string;
  request: string;
  response: IntegrationResponse;
}

/**
 * Custom integrations tab: an app's own APIs (a base URL and a credential). Viewers see the list; editors and owners
 * add one, try a request through it, rotate its credential and delete it. The credential is write-only.
 */
@Component({
  selector: 'app-custom-integrations-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    CredentialFieldsComponent,
  ],
  templateUrl: './custom-integrations.page.html',
  styleUrl: './custom-integrations.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomIntegrationsPage {
  private readonly api = inject(CustomIntegrationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(FormBuilder);
  private readonly session = inject(Session);
  protected readonly context = inject(AppContext);

  protected readonly methods = HTTP_METHODS;
  protected readonly describeAuth = describeAuth;
  protected readonly json = json;

  protected readonly integrations = signal<CustomIntegration[]>([]);
  protected readonly loading = signal(true);
  protected readonly listError = signal<string | null>(null);

  /** Instance admins who are not members act as owners (the API lets them). */
  protected readonly canEdit = computed(() => {
    const role = this.context.app()?.role;
    return role === 'owner' || role === 'editor' || (role === null && this.session.isAdmin());
  });

  protected readonly showCreate = signal(false);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly createForm = this.fb.nonNullable.group({
    name: ['', [notBlank, Validators.maxLength(120)]],
    baseUrl: ['', [notBlank, baseUrlValidator, Validators.maxLength(2000)]],
    auth: credentialForm(this.fb),
  });

  /** The integration whose "Test a request" panel is open (one at a time). */
  protected readonly testing = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly testError = signal<string | null>(null);
  protected readonly outcome = signal<TestOutcome | null>(null);
  protected readonly testForm = this.fb.nonNullable.group({
    method: ['GET' as HttpMethod, Validators.required],
    path: ['/', [notBlank, Validators.pattern(/^\//), Validators.maxLength(4000)]],
    body: [''],
  });
  protected readonly testMethod = signal<HttpMethod>('GET');

  constructor() {
    effect(() => {
      if (this.context.app()) untracked(() => void this.load());
    });
    this.testForm.controls.method.valueChanges.subscribe((m) => this.testMethod.set(m));
  }

  protected async load(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    this.loading.set(true);
    this.listError.set(null);
    try {
      this.integrations.set(await this.api.list(app.id));
    } catch (err) {
      this.listError.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected openCreate(): void {
    this.showCreate.set(true);
    this.createError.set(null);
  }

  protected cancelCreate(): void {
    this.showCreate.set(false);
    this.createForm.reset();
    this.createError.set(null);
  }

  protected async create(): Promise<void> {
    const app = this.context.app();
    if (!app || this.createForm.invalid) {
      this.createForm.markAllAsTouched();
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    const { name, baseUrl } = this.createForm.getRawValue();
    try {
      const created = await this.api.create(app.id, {
        name: name.trim(),
        baseUrl: baseUrl.trim(),
        auth: authPayload(this.createForm.controls.auth),
      });
      // The secret leaves the page with the form: nothing keeps it once the API has it.
      this.createForm.reset();
      this.showCreate.set(false);
      this.snackBar.open(`Added ${created.name}`, undefined, { duration: 4000 });
      await this.load();
    } catch (err) {
      this.createError.set(describeApiError(err));
    } finally {
      this.creating.set(false);
    }
  }

  protected toggleTest(integration: CustomIntegration): void {
    this.testError.set(null);
    this.outcome.set(null);
    this.testing.set(this.testing() === integration.id ? null : integration.id);
  }

  protected async sendTest(integration: CustomIntegration): Promise<void> {
    const app = this.context.app();
    if (!app || this.testForm.invalid) {
      this.testForm.markAllAsTouched();
      return;
    }
    const { method, path, body } = this.testForm.getRawValue();
    const withBody = method !== 'GET' && method !== 'HEAD';
    const parsed = withBody ? parseRequestBody(body) : ({ ok: true, body: undefined } as const);
    if (!parsed.ok) {
      this.testError.set(parsed.error);
      return;
    }
    this.sending.set(true);
    this.testError.set(null);
    this.outcome.set(null);
    try {
      const response = await this.api.request(app.id, integration.id, {
        method,
        path: path.trim(),
        ...(parsed.body === undefined ? {} : { body: parsed.body }),
      });
      this.outcome.set({ integrationId: integration.id, request: `${method} ${path.trim()}`, response });
    } catch (err) {
      this.testError.set(describeApiError(err));
    } finally {
      this.sending.set(false);
    }
  }

  protected async rotate(integration: CustomIntegration): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const updated = await firstValueFrom(
      this.dialog
        .open<RotateCredentialDialog, RotateCredentialData, CustomIntegration>(RotateCredentialDialog, {
          data: { appId: app.id, integration },
          width: '560px',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
    if (!updated) return;
    // An answer shown for the old credential says nothing about the new one.
    if (this.outcome()?.integrationId === updated.id) this.outcome.set(null);
    this.testError.set(null);
    this.snackBar.open(`New credential saved for ${updated.name}`, undefined, { duration: 4000 });
    await this.load();
  }

  protected async remove(integration: CustomIntegration): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Delete ${integration.name}?`,
            message: `Its stored credential is erased and functions of ${app.name} can no longer call ${integration.baseUrl} through it. This cannot be undone.`,
            confirmLabel: 'Delete integration',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.listError.set(null);
    try {
      await this.api.remove(app.id, integration.id);
      if (this.testing() === integration.id) this.testing.set(null);
      this.snackBar.open(`Deleted ${integration.name}`, undefined, { duration: 4000 });
      await this.load();
    } catch (err) {
      this.listError.set(describeApiError(err));
    }
  }

  protected isSuccess(status: number): boolean {
    return status >= 200 && status < 300;
  }
}
