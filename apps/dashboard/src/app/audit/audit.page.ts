import { DatePipe, DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { AppContext } from '../apps/app-context';
import { describeApiError } from '../core/api-error';
import { AUDIT_PAGE, AuditApi } from './audit-api.service';
import {
  actorLabel,
  auditCsv,
  AuditFilter,
  eventDetails,
  filterEvents,
  filterOptions,
  pageOf,
  parseLocalDateTime,
  providerLabel,
  providerOf,
  trailNames,
} from './audit-helpers';
import { AuditEvent } from './audit.models';

/** Audit tab: who did what in the app, filtered by actor, action, provider and time, paged, exportable as CSV. */
@Component({
  selector: 'app-audit-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly document = inject(DOCUMENT);
  protected readonly context = inject(AppContext);

  protected readonly columns = ['time', 'actor', 'action', 'provider', 'details'];
  protected readonly pageSizes = [10, 25, 50, 100];

  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly loading = signal(true);
  /** Whether older events may exist beyond those loaded (the last page came back full). */
  protected readonly more = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  protected readonly filterForm = inject(FormBuilder).nonNullable.group({
    actor: [''],
    action: [''],
    provider: [''],
    from: [''],
    to: [''],
  });
  private readonly filterValue = toSignal(this.filterForm.valueChanges, { initialValue: this.filterForm.getRawValue() });

  protected readonly names = computed(() => trailNames(this.events()));
  protected readonly options = computed(() => filterOptions(this.events(), this.names()));
  protected readonly filter = computed<AuditFilter>(() => {
    const v = { ...this.filterForm.getRawValue(), ...this.filterValue() };
    return {
      actor: v.actor,
      action: v.action,
      provider: v.provider,
      from: parseLocalDateTime(v.from),
      to: parseLocalDateTime(v.to, true),
    };
  });
  protected readonly rangeBackwards = computed(() => {
    const { from, to } = this.filter();
    return !!from && !!to && from.getTime() > to.getTime();
  });
  protected readonly filtered = computed(() => filterEvents(this.events(), this.filter()));
  protected readonly rows = computed(() => pageOf(this.filtered(), this.pageIndex(), this.pageSize()));
  protected readonly filtering = computed(() => {
    const f = this.filter();
    return !!(f.actor || f.action || f.provider || f.from || f.to);
  });

  constructor() {
    effect(() => {
      if (this.context.app()) untracked(() => void this.load());
    });
    // A new filter starts at its first page.
    effect(() => {
      this.filter();
      untracked(() => this.pageIndex.set(0));
    });
  }

  protected async load(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.list(app.id);
      this.events.set(page);
      this.more.set(page.length === AUDIT_PAGE);
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  /** The next page of older events, added below what is loaded. */
  protected async loadOlder(): Promise<void> {
    const app = this.context.app();
    const last = this.events().at(-1);
    if (!app || !last) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.list(app.id, last.id);
      this.events.update((all) => [...all, ...page]);
      this.more.set(page.length === AUDIT_PAGE);
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected clearFilters(): void {
    this.filterForm.reset();
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected actorOf(e: AuditEvent): string {
    return actorLabel(e, this.names());
  }

  protected providerOf(e: AuditEvent): string {
    const provider = providerOf(e);
    return provider ? providerLabel(provider, this.names()) : '—';
  }

  protected details(e: AuditEvent): string {
    return eventDetails(e);
  }

  /** Downloads the filtered rows (all pages) as CSV, built here from what the page shows. */
  protected exportCsv(): void {
    const csv = auditCsv(this.filtered(), this.names());
    // The BOM makes spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = this.document.createElement('a');
    const slug =
      (this.context.app()?.name ?? 'app')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'app';
    link.href = url;
    link.download = `audit-${slug}-${new Date().toISOString().slice(0, 10)}.csv`;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
