import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { TableSpec } from './panel-spec';
import { PANEL_STYLES } from './panel-styles';
import { listAt, show } from './panel-values';

/**
 * The array at `spec.path` of `source` as a table; each nested table spec renders, under every row, the row's own
 * array with this same component (so nesting is as deep as the spec says). Labels reach the page only through
 * interpolation: names from a vendor spec are escaped by Angular and can never change the template.
 */
@Component({
  selector: 'pb-panel-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelTableComponent],
  styles: PANEL_STYLES,
  template: `
    @let rows = listAt(source(), spec().path);
    @if (rows.length) {
      <table class="pb-table">
        <thead>
          <tr>
            @for (column of spec().columns; track column.key) {
              <th scope="col">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows; track $index) {
            <tr>
              @for (column of spec().columns; track column.key) {
                <td>{{ show(row, column.path) }}</td>
              }
            </tr>
            @for (child of spec().nested; track $index) {
              <tr class="pb-nested">
                <td [attr.colspan]="spec().columns.length">
                  <p class="pb-subtitle">{{ child.title }}</p>
                  <pb-panel-table [spec]="child" [source]="row" />
                </td>
              </tr>
            }
          }
        </tbody>
      </table>
    } @else {
      <p class="pb-state pb-empty">Nothing to show.</p>
    }
  `,
})
export class PanelTableComponent {
  /** Which array to show and its columns. */
  readonly spec = input.required<TableSpec>();
  /** The object the spec's path starts from: the response body, or the parent table's row. */
  readonly source = input<unknown>(undefined);

  protected readonly listAt = listAt;
  protected readonly show = show;
}
