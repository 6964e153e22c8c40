import { ChangeDetectionStrategy, Component, inject, OnInit, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { User } from '../core/api.models';
import { describeApiError } from '../core/api-error';
import { UsersApi } from '../core/users-api.service';

/** Minimum password length asked of new accounts; the API may ask for more and its message is then shown. */
const MIN_PASSWORD_LENGTH = 8;

/** Instance admins create user accounts here, so the accounts can then be added to apps as members. */
@Component({
  selector: 'app-users-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatTableModule],
  templateUrl: './users.page.html',
  styleUrl: './users.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly users = signal<User[]>([]);
  protected readonly loading = signal(true);
  protected readonly listError = signal<string | null>(null);
  protected readonly createError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly columns = ['email', 'name', 'role'];

  /** Resetting through the directive also clears its "submitted" flag, so the emptied fields show no errors. */
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    name: [''],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.listError.set(null);
    try {
      this.users.set(await this.api.list());
    } catch (err) {
      this.listError.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
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
      this.formDirective()?.resetForm();
      this.snackBar.open(`Created ${user.email}. They can now be added to apps.`, undefined, { duration: 5000 });
      await this.load();
    } catch (err) {
      this.createError.set(describeApiError(err));
    } finally {
      this.creating.set(false);
    }
  }
}
