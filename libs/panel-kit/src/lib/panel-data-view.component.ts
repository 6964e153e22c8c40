import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PanelViewSpec } from './panel-spec';
import { PANEL_STYLES } from './panel-styles';
import { PanelTableComponent } from './panel-table.component';
import { isEmptyData, json, linkOf, showField, valueAt } from './panel-values';

/**
 * An operation's response rendered by its view spec: loading, error and empty states, then each section as a
 * key/value card or a table (with nested tables), or the JSON itself when the spec is `raw`.
 */
@Component({
  selector: 'pb-panel-data-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelTableComponent],
  styles: PANEL_STYLES,
  template: `
    @if (loading()) {
      <p class="pb-state pb-loading" role="status">Loading…</p>
    } @else if (error()) {
      <p class="pb-state pb-error" role="alert">{{ error() }}</p>
    } @else if (empty()) {
      <p class="pb-state pb-empty">No data yet.</p>
    } @else {
      @if (view().raw) {
        <pre class="pb-raw">{{ json(data()) }}</pre>
      }
      @for (section of view().sections; track $index) {
        <section class="pb-section">
          <h3 class="pb-title">{{ section.title }}</h3>
          @if (section.kind === 'card') {
            @let object = valueAt(data(), section.path);
            <dl class="pb-fields">
              @for (field of section.fields; track field.key) {
                <div class="pb-field">
                  <dt>{{ field.label }}</dt>
                  @let href = linkOf(object, field);
                  <dd>
                    @if (href) {
                      <a [href]="href" target="_blank" rel="noopener noreferrer">{{
                        field.format === 'url' && !field.link ? href : showField(object, field, timeZone())
                      }}</a>
                    } @else {
                      {{ showField(object, field, timeZone()) }}
                    }
                  </dd>
                </div>
              }
            </dl>
          } @else {
            <pb-panel-table [spec]="section" [source]="data()" [timeZone]="timeZone()" />
          }
        </section>
      }
    }
  `,
})
export class PanelDataViewComponent {
  /** What to show of the response (generated from the operation's response schema). */
  readonly view = input.required<PanelViewSpec>();
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);
  /** Time zone for dates and times (the reader's when not set; tests pin one). */
  readonly timeZone = input<string | undefined>(undefined);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly valueAt = valueAt;
  protected readonly showField = showField;
  protected readonly linkOf = linkOf;
  protected readonly json = json;
}
