/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec, type TableSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Read a document',
  path: [],
  fields: [
    { key: 'documentId', label: 'Document id', path: ['documentId'] },
    { key: 'title', label: 'Title', path: ['title'] },
    { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
    { key: 'suggestionsViewMode', label: 'Suggestions view mode', path: ['suggestionsViewMode'] },
    { key: 'documentStyle', label: 'Document style', path: ['documentStyle'] },
    { key: 'tabs', label: 'Tabs', path: ['tabs'] },
  ],
};

const S1: TableSpec = {
  kind: 'table',
  title: 'Body › Content',
  path: ['body', 'content'],
  columns: [
    { key: 'startIndex', label: 'Start index', path: ['startIndex'] },
    { key: 'endIndex', label: 'End index', path: ['endIndex'] },
    { key: 'sectionBreak', label: 'Section break', path: ['sectionBreak'] },
    { key: 'table', label: 'Table', path: ['table'] },
  ],
  nested: [],
};

/**
 * Read a document — data view of `documents.get`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-docs-documents-get-panel',
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
        @let o0 = valueAt(data(), s0.path);
        <dl class="pb-fields">
          @for (field of s0.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o0, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
      <section class="pb-section">
        <h3 class="pb-title">{{ s1.title }}</h3>
        @let rows1 = listAt(data(), s1.path);
        @if (rows1.length) {
          <table class="pb-table">
            <thead>
              <tr>
                @for (column of s1.columns; track column.key) {
                  <th scope="col">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row1 of rows1; track $index) {
                <tr>
                  @for (column of s1.columns; track column.key) {
                    <td>{{ show(row1, column.path) }}</td>
                  }
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
export class GoogleDocsDocumentsGetPanelComponent {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly s0 = S0;
  protected readonly s1 = S1;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
