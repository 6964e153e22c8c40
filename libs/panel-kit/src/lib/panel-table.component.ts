import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import type { FieldSpec, TableSpec } from './panel-spec';
import { PANEL_STYLES } from './panel-styles';
import { linkOf, listAt, showField } from './panel-values';

/** Rows per page before the table pages (and the sizes the reader can choose). */
export const PANEL_PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * The array at `spec.path` of `source` as a Material table: the header stays in view, wide tables scroll sideways
 * inside their own box (never the page), long lists page, values are formatted (dates in the reader's locale, a
 * title linking to its item). Each nested table spec renders, under every row, the row's own array with this same
 * component. Labels reach the page only through interpolation: names from a vendor spec are escaped by Angular and
 * can never change the template.
 */
@Component({
  selector: 'pb-panel-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelTableComponent, MatTableModule, MatPaginatorModule],
  styles: PANEL_STYLES,
  template: `
    @if (rows().length) {
      <!-- Focusable and named: keyboard users scroll a wide table with the arrow keys. -->
      <div class="pb-scroll" tabindex="0" role="region" [attr.aria-label]="spec().title" data-testid="panel-table-scroll">
        <table mat-table class="pb-table" [dataSource]="visible()" [multiTemplateDataRows]="true">
          @for (column of spec().columns; track column.key; let i = $index) {
            <ng-container [matColumnDef]="columnIds()[i]">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ column.label }}</th>
              <td mat-cell *matCellDef="let row">
                @let href = linkOf(row, column);
                @if (href) {
                  <a [href]="href" target="_blank" rel="noopener noreferrer">{{ linkText(row, column) }}</a>
                } @else {
                  {{ showField(row, column, timeZone()) }}
                }
              </td>
            </ng-container>
          }
          <ng-container matColumnDef="pb-nested">
            <td mat-cell *matCellDef="let row" [attr.colspan]="spec().columns.length">
              @for (child of spec().nested; track $index) {
                <p class="pb-subtitle">{{ child.title }}</p>
                <pb-panel-table [spec]="child" [source]="row" [timeZone]="timeZone()" />
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columnIds(); sticky: true"></tr>
          <tr mat-row *matRowDef="let row; columns: columnIds()"></tr>
          <tr mat-row class="pb-nested" *matRowDef="let row; columns: nestedColumns; when: hasNested"></tr>
        </table>
      </div>
      @if (rows().length > sizes[0]) {
        <mat-paginator
          [length]="rows().length"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize()"
          [pageSizeOptions]="sizes"
          [attr.aria-label]="'Pages of ' + spec().title"
          (page)="turn($event)"
        />
      }
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
  /** Time zone for dates and times (the reader's when not set; tests pin one). */
  readonly timeZone = input<string | undefined>(undefined);

  protected readonly sizes = [...PANEL_PAGE_SIZES];
  protected readonly pageSize = signal<number>(PANEL_PAGE_SIZES[0]);
  private readonly requestedPage = signal(0);

  protected readonly rows = computed(() => listAt(this.source(), this.spec().path));
  /** Column ids safe for CSS classes, whatever the keys of the spec are. */
  protected readonly columnIds = computed(() => this.spec().columns.map((_, i) => `c${i}`));
  /** The page asked for, or the first when the rows changed and it no longer exists. */
  protected readonly pageIndex = computed(() => (this.requestedPage() * this.pageSize() < this.rows().length ? this.requestedPage() : 0));
  protected readonly visible = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.rows().slice(start, start + this.pageSize());
  });

  protected readonly nestedColumns = ['pb-nested'];
  protected readonly hasNested = (): boolean => this.spec().nested.length > 0;
  protected readonly linkOf = linkOf;
  protected readonly showField = showField;

  /** A link shows its value; an address alone shows "Open" (the address itself is long and says little). */
  protected linkText(row: unknown, column: FieldSpec): string {
    return column.format === 'url' && !column.link ? 'Open' : showField(row, column, this.timeZone());
  }

  protected turn(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.requestedPage.set(event.pageIndex);
  }
}
