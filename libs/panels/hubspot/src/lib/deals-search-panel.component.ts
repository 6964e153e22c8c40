/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec, type TableSpec } from './panel-support';

const S0: TableSpec = {
  kind: 'table',
  title: 'Results',
  path: ['results'],
  columns: [
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'properties', label: 'Properties', path: ['properties'] },
    { key: 'createdAt', label: 'Created at', path: ['createdAt'] },
    { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'] },
    { key: 'archived', label: 'Archived', path: ['archived'] },
  ],
  nested: [],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'Search deals',
  path: [],
  fields: [{ key: 'total', label: 'Total', path: ['total'] }],
};

const S2: CardSpec = {
  kind: 'card',
  title: 'Paging › Next',
  path: ['paging', 'next'],
  fields: [
    { key: 'after', label: 'After', path: ['after'] },
    { key: 'link', label: 'Link', path: ['link'] },
  ],
};

/**
 * Search deals — data view of `deals.search`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-deals-search-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: PANEL_STYLES,
  template: `
    @if (loading()) {
      <p class="pb-state pb-loading" role="status">Loading…</p>
    } @else if (error()) {
      <p class="pb-state pb-error" role="alert">{{ error() }}</p>
    } @else if (empty()) {
      <p class="pb-state pb-empty">No data yet.</p>
    } @else {
      <section class="pb-section">
        <h3 class="pb-title">{{ s0.title }}</h3>
        @let rows0 = listAt(data(), s0.path);
        @if (rows0.length) {
          <table class="pb-table">
            <thead>
              <tr>
                @for (column of s0.columns; track column.key) {
                  <th scope="col">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row0 of rows0; track $index) {
                <tr>
                  @for (column of s0.columns; track column.key) {
                    <td>{{ show(row0, column.path) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="pb-state pb-empty">Nothing to show.</p>
        }
      </section>
      <section class="pb-section">
        <h3 class="pb-title">{{ s1.title }}</h3>
        @let o1 = valueAt(data(), s1.path);
        <dl class="pb-fields">
          @for (field of s1.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o1, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
      <section class="pb-section">
        <h3 class="pb-title">{{ s2.title }}</h3>
        @let o2 = valueAt(data(), s2.path);
        <dl class="pb-fields">
          @for (field of s2.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o2, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
})
export class HubspotDealsSearchPanelComponent {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly s0 = S0;
  protected readonly s1 = S1;
  protected readonly s2 = S2;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
