/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec, type TableSpec } from './panel-support';

const S0N0: TableSpec = {
  kind: 'table',
  title: 'Attendees',
  path: ['attendees'],
  columns: [
    { key: 'email', label: 'Email', path: ['email'] },
    { key: 'displayName', label: 'Display name', path: ['displayName'] },
    { key: 'optional', label: 'Optional', path: ['optional'] },
    { key: 'responseStatus', label: 'Response status', path: ['responseStatus'] },
    { key: 'organizer', label: 'Organizer', path: ['organizer'] },
    { key: 'self', label: 'Self', path: ['self'] },
  ],
  nested: [],
};

const S0: TableSpec = {
  kind: 'table',
  title: 'Items',
  path: ['items'],
  columns: [
    { key: 'kind', label: 'Kind', path: ['kind'] },
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'etag', label: 'Etag', path: ['etag'] },
    { key: 'status', label: 'Status', path: ['status'] },
    { key: 'htmlLink', label: 'Html link', path: ['htmlLink'] },
    { key: 'created', label: 'Created', path: ['created'] },
    { key: 'updated', label: 'Updated', path: ['updated'] },
    { key: 'summary', label: 'Summary', path: ['summary'] },
  ],
  nested: [S0N0],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'List events',
  path: [],
  fields: [
    { key: 'kind', label: 'Kind', path: ['kind'] },
    { key: 'etag', label: 'Etag', path: ['etag'] },
    { key: 'summary', label: 'Summary', path: ['summary'] },
    { key: 'updated', label: 'Updated', path: ['updated'] },
    { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
    { key: 'accessRole', label: 'Access role', path: ['accessRole'] },
    { key: 'nextPageToken', label: 'Next page token', path: ['nextPageToken'] },
    { key: 'nextSyncToken', label: 'Next sync token', path: ['nextSyncToken'] },
  ],
};

/**
 * List events — data view of `events.list`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-calendar-events-list-panel',
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
export class GoogleCalendarEventsListPanelComponent {
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
