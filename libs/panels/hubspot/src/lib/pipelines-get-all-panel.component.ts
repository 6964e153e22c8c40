/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type TableSpec } from './panel-support';

const S0N0: TableSpec = {
  kind: 'table',
  title: 'Stages',
  path: ['stages'],
  columns: [
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'label', label: 'Label', path: ['label'] },
    { key: 'displayOrder', label: 'Display order', path: ['displayOrder'] },
    { key: 'archived', label: 'Archived', path: ['archived'] },
    { key: 'createdAt', label: 'Created at', path: ['createdAt'] },
    { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'] },
    { key: 'writePermissions', label: 'Write permissions', path: ['writePermissions'] },
    { key: 'metadata.isClosed', label: 'Metadata is closed', path: ['metadata', 'isClosed'] },
  ],
  nested: [],
};

const S0: TableSpec = {
  kind: 'table',
  title: 'Results',
  path: ['results'],
  columns: [
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'label', label: 'Label', path: ['label'] },
    { key: 'displayOrder', label: 'Display order', path: ['displayOrder'] },
    { key: 'archived', label: 'Archived', path: ['archived'] },
    { key: 'createdAt', label: 'Created at', path: ['createdAt'] },
    { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'] },
  ],
  nested: [S0N0],
};

/**
 * List deal pipelines and stages — data view of `pipelines.getAll`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-pipelines-get-all-panel',
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
                <tr class="pb-nested">
                  <td [attr.colspan]="s0.columns.length">
                    <p class="pb-subtitle">{{ s0n0.title }}</p>
                    @let rows0n0 = listAt(row0, s0n0.path);
                    @if (rows0n0.length) {
                      <table class="pb-table">
                        <thead>
                          <tr>
                            @for (column of s0n0.columns; track column.key) {
                              <th scope="col">{{ column.label }}</th>
                            }
                          </tr>
                        </thead>
                        <tbody>
                          @for (row0n0 of rows0n0; track $index) {
                            <tr>
                              @for (column of s0n0.columns; track column.key) {
                                <td>{{ show(row0n0, column.path) }}</td>
                              }
                            </tr>
                          }
                        </tbody>
                      </table>
                    } @else {
                      <p class="pb-state pb-empty">Nothing to show.</p>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="pb-state pb-empty">Nothing to show.</p>
        }
      </section>
    }
  `,
})
export class HubspotPipelinesGetAllPanelComponent {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly s0n0 = S0N0;
  protected readonly s0 = S0;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
