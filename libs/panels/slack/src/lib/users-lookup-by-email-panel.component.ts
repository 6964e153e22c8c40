/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Find a person by email',
  path: [],
  fields: [{ key: 'ok', label: 'Ok', path: ['ok'] }],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'User',
  path: ['user'],
  fields: [
    { key: 'id', label: 'Id', path: ['id'] },
    { key: 'team_id', label: 'Team id', path: ['team_id'] },
    { key: 'name', label: 'Name', path: ['name'] },
    { key: 'real_name', label: 'Real name', path: ['real_name'] },
    { key: 'deleted', label: 'Deleted', path: ['deleted'] },
    { key: 'is_bot', label: 'Is bot', path: ['is_bot'] },
    { key: 'is_admin', label: 'Is admin', path: ['is_admin'] },
    { key: 'tz', label: 'Tz', path: ['tz'] },
    { key: 'tz_offset', label: 'Tz offset', path: ['tz_offset'] },
  ],
};

const S2: CardSpec = {
  kind: 'card',
  title: 'User › Profile',
  path: ['user', 'profile'],
  fields: [
    { key: 'email', label: 'Email', path: ['email'] },
    { key: 'display_name', label: 'Display name', path: ['display_name'] },
    { key: 'real_name', label: 'Real name', path: ['real_name'] },
    { key: 'title', label: 'Title', path: ['title'] },
    { key: 'image_72', label: 'Image 72', path: ['image_72'] },
  ],
};

/**
 * Find a person by email — data view of `users.lookupByEmail`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-slack-users-lookup-by-email-panel',
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
    }
  `,
})
export class SlackUsersLookupByEmailPanelComponent {
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
