/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Read a page\'s properties',
  path: [],
  fields: [
    { key: 'object', label: 'Object', path: ['object'] },
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'created_time', label: 'Created time', path: ['created_time'] },
    { key: 'last_edited_time', label: 'Last edited time', path: ['last_edited_time'] },
    { key: 'archived', label: 'Archived', path: ['archived'] },
    { key: 'in_trash', label: 'In trash', path: ['in_trash'] },
    { key: 'cover', label: 'Cover', path: ['cover'] },
    { key: 'url', label: 'Url', path: ['url'] },
    { key: 'public_url', label: 'Public url', path: ['public_url'] },
    { key: 'properties', label: 'Properties', path: ['properties'] },
  ],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'Created by',
  path: ['created_by'],
  fields: [
    { key: 'object', label: 'Object', path: ['object'] },
    { key: 'id', label: 'Id', path: ['id'] },
  ],
};

const S2: CardSpec = {
  kind: 'card',
  title: 'Last edited by',
  path: ['last_edited_by'],
  fields: [
    { key: 'object', label: 'Object', path: ['object'] },
    { key: 'id', label: 'Id', path: ['id'] },
  ],
};

const S3: CardSpec = {
  kind: 'card',
  title: 'Icon',
  path: ['icon'],
  fields: [
    { key: 'type', label: 'Type', path: ['type'] },
    { key: 'emoji', label: 'Emoji', path: ['emoji'] },
  ],
};

const S4: CardSpec = {
  kind: 'card',
  title: 'Parent',
  path: ['parent'],
  fields: [
    { key: 'type', label: 'Type', path: ['type'] },
    { key: 'database_id', label: 'Database id', path: ['database_id'] },
    { key: 'page_id', label: 'Page id', path: ['page_id'] },
    { key: 'block_id', label: 'Block id', path: ['block_id'] },
    { key: 'workspace', label: 'Workspace', path: ['workspace'] },
  ],
};

/**
 * Read a page's properties — data view of `pages.retrieve`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-notion-pages-retrieve-panel',
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
        @let o3 = valueAt(data(), s3.path);
        <dl class="pb-fields">
          @for (field of s3.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o3, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
      <section class="pb-section">
        <h3 class="pb-title">{{ s4.title }}</h3>
        @let o4 = valueAt(data(), s4.path);
        <dl class="pb-fields">
          @for (field of s4.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o4, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
})
export class NotionPagesRetrievePanelComponent {
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
  protected readonly s3 = S3;
  protected readonly s4 = S4;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
