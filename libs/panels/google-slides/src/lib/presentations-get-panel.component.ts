/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec, type TableSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Read a presentation',
  path: [],
  fields: [
    { key: 'presentationId', label: 'Presentation id', path: ['presentationId'] },
    { key: 'title', label: 'Title', path: ['title'] },
    { key: 'locale', label: 'Locale', path: ['locale'] },
    { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
  ],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'Page size › Width',
  path: ['pageSize', 'width'],
  fields: [
    { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
    { key: 'unit', label: 'Unit', path: ['unit'] },
  ],
};

const S2: CardSpec = {
  kind: 'card',
  title: 'Page size › Height',
  path: ['pageSize', 'height'],
  fields: [
    { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
    { key: 'unit', label: 'Unit', path: ['unit'] },
  ],
};

const S3N0: TableSpec = {
  kind: 'table',
  title: 'Page elements',
  path: ['pageElements'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
    { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
    { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
    { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
    { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
    { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
  ],
  nested: [],
};

const S3: TableSpec = {
  kind: 'table',
  title: 'Slides',
  path: ['slides'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'pageType', label: 'Page type', path: ['pageType'] },
    { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
    {
      key: 'slideProperties.layoutObjectId',
      label: 'Slide properties layout object id',
      path: ['slideProperties', 'layoutObjectId'],
    },
    {
      key: 'slideProperties.masterObjectId',
      label: 'Slide properties master object id',
      path: ['slideProperties', 'masterObjectId'],
    },
  ],
  nested: [S3N0],
};

const S4N0: TableSpec = {
  kind: 'table',
  title: 'Page elements',
  path: ['pageElements'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
    { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
    { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
    { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
    { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
    { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
  ],
  nested: [],
};

const S4: TableSpec = {
  kind: 'table',
  title: 'Layouts',
  path: ['layouts'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'pageType', label: 'Page type', path: ['pageType'] },
    { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
    {
      key: 'slideProperties.layoutObjectId',
      label: 'Slide properties layout object id',
      path: ['slideProperties', 'layoutObjectId'],
    },
    {
      key: 'slideProperties.masterObjectId',
      label: 'Slide properties master object id',
      path: ['slideProperties', 'masterObjectId'],
    },
  ],
  nested: [S4N0],
};

const S5N0: TableSpec = {
  kind: 'table',
  title: 'Page elements',
  path: ['pageElements'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
    { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
    { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
    { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
    { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
    { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
  ],
  nested: [],
};

const S5: TableSpec = {
  kind: 'table',
  title: 'Masters',
  path: ['masters'],
  columns: [
    { key: 'objectId', label: 'Object id', path: ['objectId'] },
    { key: 'pageType', label: 'Page type', path: ['pageType'] },
    { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
    {
      key: 'slideProperties.layoutObjectId',
      label: 'Slide properties layout object id',
      path: ['slideProperties', 'layoutObjectId'],
    },
    {
      key: 'slideProperties.masterObjectId',
      label: 'Slide properties master object id',
      path: ['slideProperties', 'masterObjectId'],
    },
  ],
  nested: [S5N0],
};

/**
 * Read a presentation — data view of `presentations.get`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-slides-presentations-get-panel',
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
      <section class="pb-section">
        <h3 class="pb-title">{{ s3.title }}</h3>
        @let rows3 = listAt(data(), s3.path);
        @if (rows3.length) {
          <table class="pb-table">
            <thead>
              <tr>
                @for (column of s3.columns; track column.key) {
                  <th scope="col">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row3 of rows3; track $index) {
                <tr>
                  @for (column of s3.columns; track column.key) {
                    <td>{{ show(row3, column.path) }}</td>
                  }
                </tr>
                <tr class="pb-nested">
                  <td [attr.colspan]="s3.columns.length">
                    <p class="pb-subtitle">{{ s3n0.title }}</p>
                    @let rows3n0 = listAt(row3, s3n0.path);
                    @if (rows3n0.length) {
                      <table class="pb-table">
                        <thead>
                          <tr>
                            @for (column of s3n0.columns; track column.key) {
                              <th scope="col">{{ column.label }}</th>
                            }
                          </tr>
                        </thead>
                        <tbody>
                          @for (row3n0 of rows3n0; track $index) {
                            <tr>
                              @for (column of s3n0.columns; track column.key) {
                                <td>{{ show(row3n0, column.path) }}</td>
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
        <h3 class="pb-title">{{ s4.title }}</h3>
        @let rows4 = listAt(data(), s4.path);
        @if (rows4.length) {
          <table class="pb-table">
            <thead>
              <tr>
                @for (column of s4.columns; track column.key) {
                  <th scope="col">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row4 of rows4; track $index) {
                <tr>
                  @for (column of s4.columns; track column.key) {
                    <td>{{ show(row4, column.path) }}</td>
                  }
                </tr>
                <tr class="pb-nested">
                  <td [attr.colspan]="s4.columns.length">
                    <p class="pb-subtitle">{{ s4n0.title }}</p>
                    @let rows4n0 = listAt(row4, s4n0.path);
                    @if (rows4n0.length) {
                      <table class="pb-table">
                        <thead>
                          <tr>
                            @for (column of s4n0.columns; track column.key) {
                              <th scope="col">{{ column.label }}</th>
                            }
                          </tr>
                        </thead>
                        <tbody>
                          @for (row4n0 of rows4n0; track $index) {
                            <tr>
                              @for (column of s4n0.columns; track column.key) {
                                <td>{{ show(row4n0, column.path) }}</td>
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
        <h3 class="pb-title">{{ s5.title }}</h3>
        @let rows5 = listAt(data(), s5.path);
        @if (rows5.length) {
          <table class="pb-table">
            <thead>
              <tr>
                @for (column of s5.columns; track column.key) {
                  <th scope="col">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row5 of rows5; track $index) {
                <tr>
                  @for (column of s5.columns; track column.key) {
                    <td>{{ show(row5, column.path) }}</td>
                  }
                </tr>
                <tr class="pb-nested">
                  <td [attr.colspan]="s5.columns.length">
                    <p class="pb-subtitle">{{ s5n0.title }}</p>
                    @let rows5n0 = listAt(row5, s5n0.path);
                    @if (rows5n0.length) {
                      <table class="pb-table">
                        <thead>
                          <tr>
                            @for (column of s5n0.columns; track column.key) {
                              <th scope="col">{{ column.label }}</th>
                            }
                          </tr>
                        </thead>
                        <tbody>
                          @for (row5n0 of rows5n0; track $index) {
                            <tr>
                              @for (column of s5n0.columns; track column.key) {
                                <td>{{ show(row5n0, column.path) }}</td>
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
export class GoogleSlidesPresentationsGetPanelComponent {
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
  protected readonly s3n0 = S3N0;
  protected readonly s3 = S3;
  protected readonly s4n0 = S4N0;
  protected readonly s4 = S4;
  protected readonly s5n0 = S5N0;
  protected readonly s5 = S5;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
