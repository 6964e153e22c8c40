import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { describeApiError } from '../core/api-error';
import { CredentialFieldsComponent } from './credential-fields.component';
import { CustomIntegrationsApi } from './custom-integrations-api.service';
import { authPayload, credentialForm, describeAuth } from './custom-integrations-helpers';
import { CustomIntegration } from './custom-integrations.models';

export interface RotateCredentialData {
  appId: string;
  integration: CustomIntegration;
}

/** Replaces an integration's credential. Closes with the updated integration, or nothing when cancelled. */
@Component({
  selector: 'app-rotate-credential-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, CredentialFieldsComponent],
  template: `
    <h2 mat-dialog-title>Rotate the credential of {{ data.integration.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="muted">
          Now: {{ current }}. The stored secret cannot be shown; enter the new one. The old one stops being used as soon as you save.
        </p>
        <app-credential-fields [group]="form" idPrefix="rotate" />
        @if (error(); as message) {
          <p class="error-banner" role="alert" data-testid="rotate-error">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save new credential' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RotateCredentialDialog {
  protected readonly data = inject<RotateCredentialData>(MAT_DIALOG_DATA);
  private readonly api = inject(CustomIntegrationsApi);
  private readonly ref = inject<MatDialogRef<RotateCredentialDialog, CustomIntegration>>(MatDialogRef);

  protected readonly form = credentialForm(inject(FormBuilder), this.data.integration.auth);
  protected readonly current = describeAuth(this.data.integration.auth);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      this.ref.close(await this.api.rotate(this.data.appId, this.data.integration.id, authPayload(this.form)));
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.saving.set(false);
    }
  }
}
