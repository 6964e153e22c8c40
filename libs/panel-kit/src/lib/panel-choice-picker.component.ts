import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { choicesFailure, choicesFrom, type Choice, type ChoicesLoader, type ChoicesSpec } from './choices';

type PickerState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; choices: Choice[] } | { kind: 'failed'; reason: string };

/**
 * A text box with a list to pick from: the choices come from a read operation of the same connection (called through
 * the host's `loader`), shown by name; picking one puts its value (an id) in the box. Typing always works, also while
 * the list loads; when it cannot be had (no permission to list, an error, no loader) a short note says so and the box
 * is all there is.
 */
@Component({
  selector: 'pb-panel-choice-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      gap: 0.25rem;
    }
    .pb-picker-row {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    input,
    select {
      font: inherit;
      padding: 0.4rem 0.5rem;
      border: 1px solid #767676;
      border-radius: 4px;
      max-width: 100%;
    }
    input {
      flex: 1 1 12rem;
    }
    select {
      flex: 1 1 12rem;
    }
    [aria-invalid='true'] {
      border-color: #b00020;
    }
    .pb-picker-note {
      color: #555;
      font-size: 0.875rem;
      margin: 0;
    }
  `,
  template: `
    <div class="pb-picker-row">
      <input
        type="text"
        [id]="inputId()"
        [value]="value()"
        [required]="required()"
        [disabled]="disabled()"
        [attr.aria-invalid]="invalid() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        (input)="typed($event)"
      />
      @if (state().kind === 'ready' && choices().length) {
        <select
          [attr.aria-label]="'Choose ' + label() + ' from the list'"
          [disabled]="disabled()"
          data-testid="choice-picker-select"
          (change)="picked($event)"
        >
          <option value="" [selected]="!chosen()">Choose from the list…</option>
          @for (choice of choices(); track choice.value) {
            <option [value]="choice.value" [selected]="choice.value === value()">{{ choice.label }}</option>
          }
        </select>
      }
    </div>
    @switch (state().kind) {
      @case ('loading') {
        <p class="pb-picker-note" role="status">Loading the list…</p>
      }
      @case ('failed') {
        <p class="pb-picker-note" data-testid="choice-picker-note">{{ failedNote() }}</p>
      }
      @case ('ready') {
        @if (!choices().length) {
          <p class="pb-picker-note" data-testid="choice-picker-note">Nothing to choose from: type the value.</p>
        } @else if (chosen(); as c) {
          <p class="pb-picker-note">{{ c.label }}</p>
        }
      }
    }
  `,
})
export class PanelChoicePickerComponent {
  /** Where the choices come from. */
  readonly spec = input.required<ChoicesSpec>();
  /** Calls the list operation (none: the picker is a text box). */
  readonly loader = input<ChoicesLoader | null>(null);
  /** The field's name in words (for the list's label). */
  readonly label = input('');
  /** The value in the box. */
  readonly value = input('');
  readonly inputId = input<string | null>(null);
  readonly describedBy = input<string | null>(null);
  readonly required = input(false);
  readonly invalid = input(false);
  readonly disabled = input(false);
  /** The box's new value (typed or picked). */
  readonly valueChange = output<string>();

  readonly state = signal<PickerState>({ kind: 'idle' });
  protected readonly choices = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.choices : [];
  });
  /** The choice the box's value is, if any. */
  protected readonly chosen = computed(() => this.choices().find((c) => c.value === this.value()) ?? null);
  protected readonly failedNote = computed(() => {
    const s = this.state();
    const reason = s.kind === 'failed' && s.reason ? ` (${s.reason})` : '';
    return `The list could not be loaded${reason}: type the value.`;
  });

  private loadSeq = 0;

  constructor() {
    effect(() => {
      const spec = this.spec();
      const loader = this.loader();
      untracked(() => void this.load(spec, loader));
    });
  }

  private async load(spec: ChoicesSpec, loader: ChoicesLoader | null): Promise<void> {
    const seq = ++this.loadSeq;
    if (!loader) {
      this.state.set({ kind: 'idle' });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const data = await loader(spec.operationId, JSON.parse(JSON.stringify(spec.input ?? {})) as Record<string, unknown>);
      if (seq === this.loadSeq) this.state.set({ kind: 'ready', choices: choicesFrom(data, spec) });
    } catch (err) {
      if (seq === this.loadSeq) this.state.set({ kind: 'failed', reason: choicesFailure(err) });
    }
  }

  protected typed(event: Event): void {
    this.valueChange.emit((event.target as HTMLInputElement).value);
  }

  protected picked(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value) this.valueChange.emit(value);
  }
}
