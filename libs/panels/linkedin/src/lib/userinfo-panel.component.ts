/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Who is signed in',
  path: [],
  fields: [
    { key: 'sub', label: 'Sub', path: ['sub'] },
    { key: 'name', label: 'Name', path: ['name'] },
    { key: 'given_name', label: 'Given name', path: ['given_name'] },
    { key: 'family_name', label: 'Family name', path: ['family_name'] },
    { key: 'picture', label: 'Picture', path: ['picture'] },
    { key: 'email', label: 'Email', path: ['email'] },
    { key: 'email_verified', label: 'Email verified', path: ['email_verified'] },
  ],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'Locale',
  path: ['locale'],
  fields: [
    { key: 'country', label: 'Country', path: ['country'] },
    { key: 'language', label: 'Language', path: ['language'] },
  ],
};

/**
 * Who is signed in — data view of `userinfo`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-linkedin-userinfo-panel',
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
    }
  `,
})
export class LinkedinUserinfoPanelComponent {
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
