import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import {
  buildActionInput,
  fieldId,
  initialValues,
  needsConfirmation,
  orderFields,
  validateAction,
  type ActionFieldSpec,
  type ActionProblem,
  type ActionSpec,
  type ActionValues,
} from './action-spec';
import type { ChoicesLoader } from './choices';
import { PanelChoicePickerComponent } from './panel-choice-picker.component';
import { PanelDataViewComponent } from './panel-data-view.component';
import { isEmptyData } from './panel-values';
import { PANEL_STYLES } from './panel-styles';

let nextFormId = 0;

/**
 * The form of one write operation, from its generated `ActionSpec`: required fields first, optional ones folded under
 * "More options"; values checked before anything is sent (a missing required value never reaches the provider); a
 * destructive operation asks for confirmation first. Emits the operation input; the host calls the operation and hands
 * back `busy`, the provider's `error` (shown in the form, which keeps its values) and the `result` (shown as a panel).
 * With a `disabledReason` (a viewer), everything is disabled and the reason said.
 */
@Component({
  selector: 'pb-panel-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, PanelChoicePickerComponent, PanelDataViewComponent],
  styles: [
    PANEL_STYLES,
    `
      .pb-form {
        display: grid;
        gap: 0.75rem;
        max-width: 40rem;
      }
      .pb-form fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
        min-width: 0;
      }
      .pb-input {
        display: grid;
        gap: 0.25rem;
      }
      .pb-input label {
        font-weight: 600;
      }
      .pb-input input[type='text'],
      .pb-input input[type='number'],
      .pb-input select,
      .pb-input textarea {
        font: inherit;
        padding: 0.4rem 0.5rem;
        border: 1px solid #767676;
        border-radius: 4px;
        max-width: 100%;
      }
      .pb-input textarea {
        min-height: 4.5rem;
        font-family: monospace;
      }
      .pb-input [aria-invalid='true'] {
        border-color: #b00020;
      }
      .pb-toggle {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .pb-toggle input {
        width: 1.1rem;
        height: 1.1rem;
      }
      .pb-hint {
        color: #555;
        font-size: 0.875rem;
        margin: 0;
      }
      .pb-field-error {
        color: #b00020;
        font-size: 0.875rem;
        margin: 0;
      }
      .pb-required {
        color: #b00020;
      }
      .pb-more summary {
        cursor: pointer;
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
      .pb-more[open] > fieldset {
        margin-top: 0.5rem;
      }
      .pb-buttons {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .pb-buttons button {
        font: inherit;
        padding: 0.4rem 0.9rem;
        border-radius: 4px;
        border: 1px solid #1a56b8;
        background: #1a56b8;
        color: #fff;
        cursor: pointer;
      }
      .pb-buttons button.pb-secondary {
        background: #fff;
        color: #1a56b8;
      }
      .pb-buttons button.pb-danger {
        background: #b00020;
        border-color: #b00020;
      }
      .pb-buttons button:disabled {
        background: #e0e0e0;
        border-color: #bdbdbd;
        color: #555;
        cursor: not-allowed;
      }
      .pb-confirm {
        border: 1px solid #b00020;
        border-radius: 4px;
        padding: 0.75rem;
        background: #fff5f5;
      }
      .pb-disabled-reason {
        margin: 0;
        color: #555;
      }
      .pb-done {
        color: #1b5e20;
      }
    `,
  ],
  template: `
    <form class="pb-form" novalidate (submit)="submit($event)" [attr.aria-label]="action().title">
      @if (action().description) {
        <p class="pb-hint">{{ action().description }}</p>
      }
      @if (disabledReason()) {
        <p class="pb-disabled-reason" data-testid="action-disabled-reason">{{ disabledReason() }}</p>
      }
      <fieldset [disabled]="locked()">
        @for (field of required(); track id(field)) {
          <ng-container *ngTemplateOutlet="fieldTpl; context: { $implicit: field }" />
        }
        @if (optional().length) {
          <details class="pb-more" [open]="optionalOpen()" (toggle)="onToggleMore($event)">
            <summary>More options</summary>
            <fieldset [disabled]="locked()">
              @for (field of optional(); track id(field)) {
                <ng-container *ngTemplateOutlet="fieldTpl; context: { $implicit: field }" />
              }
            </fieldset>
          </details>
        }
      </fieldset>

      @if (error()) {
        <p class="pb-state pb-error" role="alert" data-testid="action-error">{{ error() }}</p>
      }

      @if (pending() !== null) {
        <div class="pb-confirm" role="alertdialog" [attr.aria-labelledby]="formId + '-confirm'" data-testid="action-confirm">
          <p [id]="formId + '-confirm'">
            <strong>{{ action().title }}?</strong> This cannot be undone.
          </p>
          <div class="pb-buttons">
            <button type="button" class="pb-danger" (click)="confirm()">Yes, {{ lowerTitle() }}</button>
            <button type="button" class="pb-secondary" (click)="cancel()">Cancel</button>
          </div>
        </div>
      } @else {
        <div class="pb-buttons">
          <button type="submit" [class.pb-danger]="destructive()" [disabled]="locked()">
            {{ busy() ? 'Working…' : action().title }}
          </button>
        </div>
      }

      @if (busy()) {
        <p class="pb-state pb-loading" role="status">Sending…</p>
      } @else if (!error() && result() !== undefined) {
        <p class="pb-state pb-done" role="status">Done.</p>
        @if (hasResultView()) {
          <pb-panel-data-view [view]="action().result" [data]="result()" [timeZone]="timeZone()" />
        }
      }
    </form>

    <ng-template #fieldTpl let-field>
      @let fid = id(field);
      @let problem = problemOf(fid);
      @if (field.kind === 'toggle') {
        <div class="pb-input">
          <div class="pb-toggle">
            <input
              type="checkbox"
              role="switch"
              [id]="domId(fid)"
              [checked]="values()[fid] === true"
              [attr.aria-describedby]="field.description ? domId(fid) + '-hint' : null"
              (change)="setToggle(fid, $event)"
            />
            <label [for]="domId(fid)">{{ field.label }}</label>
          </div>
          @if (field.description) {
            <p class="pb-hint" [id]="domId(fid) + '-hint'">{{ field.description }}</p>
          }
        </div>
      } @else {
        <div class="pb-input">
          <label [for]="domId(fid)"
            >{{ field.label }}
            @if (field.required) {
              <span class="pb-required" aria-hidden="true">*</span>
            }
          </label>
          @if (field.kind === 'select') {
            <select
              [id]="domId(fid)"
              [required]="field.required"
              [attr.aria-invalid]="problem ? 'true' : null"
              [attr.aria-describedby]="describedBy(field, fid, problem)"
              (change)="setText(fid, $event)"
            >
              <option value="" [selected]="!values()[fid]">{{ field.required ? 'Choose…' : '(not set)' }}</option>
              @for (option of field.options ?? []; track $index) {
                <option [value]="'' + option" [selected]="values()[fid] === '' + option">{{ option }}</option>
              }
            </select>
          } @else if (field.kind === 'json' || field.kind === 'textarea') {
            <textarea
              [id]="domId(fid)"
              [value]="text(fid)"
              [required]="field.required"
              [attr.aria-invalid]="problem ? 'true' : null"
              [attr.aria-describedby]="describedBy(field, fid, problem)"
              (input)="setText(fid, $event)"
            ></textarea>
          } @else if (field.choices && field.kind === 'text') {
            <pb-panel-choice-picker
              [spec]="field.choices"
              [loader]="choicesLoader()"
              [label]="field.label"
              [value]="text(fid)"
              [inputId]="domId(fid)"
              [required]="field.required"
              [invalid]="!!problem"
              [disabled]="locked()"
              [describedBy]="describedBy(field, fid, problem)"
              (valueChange)="setValue(fid, $event)"
            />
          } @else {
            <input
              [type]="field.kind === 'number' || field.kind === 'integer' ? 'number' : 'text'"
              [id]="domId(fid)"
              [value]="text(fid)"
              [required]="field.required"
              [attr.aria-invalid]="problem ? 'true' : null"
              [attr.aria-describedby]="describedBy(field, fid, problem)"
              (input)="setText(fid, $event)"
            />
          }
          @if (field.description) {
            <p class="pb-hint" [id]="domId(fid) + '-hint'">{{ field.description }}</p>
          }
          @if (problem) {
            <p class="pb-field-error" role="alert" [id]="domId(fid) + '-error'">{{ problem }}</p>
          }
        </div>
      }
    </ng-template>
  `,
})
export class PanelActionFormComponent {
  /** The write operation (generated from its request schema). */
  readonly action = input.required<ActionSpec>();
  /** Why the person cannot submit (e.g. a viewer); the form is shown disabled. `null`: they can. */
  readonly disabledReason = input<string | null>(null);
  /** Whether the operation is being called. */
  readonly busy = input(false);
  /** The provider's (or the API's) refusal of the last call, in words. */
  readonly error = input<string | null>(null);
  /** The last call's response (`undefined`: none yet). */
  readonly result = input<unknown>(undefined);
  /** Time zone for dates in the result (the reader's when not set). */
  readonly timeZone = input<string | undefined>(undefined);
  /** Calls a read operation of the connection, for the pickers of fields with `choices` (none: they are text boxes). */
  readonly choicesLoader = input<ChoicesLoader | null>(null);
  /** The operation input, once the values are valid (and, for a destructive operation, confirmed). */
  readonly submitAction = output<Record<string, unknown>>();

  protected readonly formId = `pb-action-${nextFormId++}`;
  protected readonly fields = computed(() => orderFields(this.action().fields));
  protected readonly required = computed(() => this.fields().filter((f) => f.required));
  protected readonly optional = computed(() => this.fields().filter((f) => !f.required));
  /** What the person typed; starts from the schema defaults, kept after a call (and a refusal). */
  readonly values = linkedSignal<ActionValues>(() => initialValues(this.action().fields));
  /** Problems of the last submit, cleared field by field as the person fixes them. */
  readonly problems = signal<ActionProblem[]>([]);
  /** The validated input waiting for confirmation. */
  readonly pending = signal<Record<string, unknown> | null>(null);
  protected readonly optionalOpen = signal(false);
  protected readonly locked = computed(() => this.disabledReason() !== null || this.busy());
  protected readonly destructive = computed(() => needsConfirmation(this.action()));
  protected readonly lowerTitle = computed(() => {
    const t = this.action().title;
    return t ? t[0].toLowerCase() + t.slice(1) : t;
  });
  /** A response worth showing: a body (a 204 has none) and a view that shows something of it. */
  protected readonly hasResultView = computed(() => {
    const r = this.action().result;
    return !isEmptyData(this.result()) && (r.raw || r.sections.length > 0);
  });

  protected id = fieldId;
  protected domId(fid: string): string {
    return `${this.formId}-${fid.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  }
  protected text(fid: string): string {
    const v = this.values()[fid];
    return typeof v === 'string' ? v : '';
  }
  protected problemOf(fid: string): string | null {
    return this.problems().find((p) => p.field === fid)?.message ?? null;
  }
  protected describedBy(field: ActionFieldSpec, fid: string, problem: string | null): string | null {
    const ids = [field.description ? `${this.domId(fid)}-hint` : '', problem ? `${this.domId(fid)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected setText(fid: string, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.values.update((v) => ({ ...v, [fid]: value }));
    if (value.trim()) this.problems.update((ps) => ps.filter((p) => p.field !== fid));
  }

  protected setValue(fid: string, value: string): void {
    this.values.update((v) => ({ ...v, [fid]: value }));
    if (value.trim()) this.problems.update((ps) => ps.filter((p) => p.field !== fid));
  }

  protected setToggle(fid: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.values.update((v) => ({ ...v, [fid]: checked }));
  }

  protected onToggleMore(event: Event): void {
    this.optionalOpen.set((event.target as HTMLDetailsElement).open);
  }

  /** Validates, then emits (or asks for confirmation first). Never emits with a problem left. */
  submit(event?: Event): void {
    event?.preventDefault();
    if (this.locked()) return;
    const fields = this.action().fields;
    const problems = validateAction(fields, this.values());
    this.problems.set(problems);
    if (problems.length) {
      // A problem in a folded optional field: unfold so it can be seen.
      if (problems.some((p) => this.optional().some((f) => fieldId(f) === p.field))) this.optionalOpen.set(true);
      return;
    }
    const built = buildActionInput(fields, this.values());
    if (this.destructive()) this.pending.set(built);
    else this.submitAction.emit(built);
  }

  confirm(): void {
    const built = this.pending();
    this.pending.set(null);
    if (built && !this.locked()) this.submitAction.emit(built);
  }

  cancel(): void {
    this.pending.set(null);
  }
}
