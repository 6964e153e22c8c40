/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec, type TableSpec } from './panel-support';

const S0N0: TableSpec = {
  kind: 'table',
  title: 'Owners',
  path: ['owners'],
  columns: [
    { key: 'displayName', label: 'Display name', path: ['displayName'] },
    { key: 'emailAddress', label: 'Email address', path: ['emailAddress'] },
  ],
  nested: [],
};

const S0: TableSpec = {
  kind: 'table',
  title: 'Files',
  path: ['files'],
  columns: [
    { key: 'kind', label: 'Kind', path: ['kind'] },
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'name', label: 'Name', path: ['name'] },
    { key: 'mimeType', label: 'Mime type', path: ['mimeType'] },
    { key: 'description', label: 'Description', path: ['description'] },
    { key: 'parents', label: 'Parents', path: ['parents'] },
    { key: 'webViewLink', label: 'Web view link', path: ['webViewLink'] },
    { key: 'webContentLink', label: 'Web content link', path: ['webContentLink'] },
  ],
  nested: [S0N0],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'List files',
  path: [],
  fields: [
    { key: 'kind', label: 'Kind', path: ['kind'] },
    { key: 'nextPageToken', label: 'Next page token', path: ['nextPageToken'] },
    { key: 'incompleteSearch', label: 'Incomplete search', path: ['incompleteSearch'] },
  ],
};

/**
 * List files — data view of `files.list`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-drive-files-list-panel',
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
    }
  `,
})
export class GoogleDriveFilesListPanelComponent {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly s0n0 = S0N0;
  protected readonly s0 = S0;
  protected readonly s1 = S1;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
