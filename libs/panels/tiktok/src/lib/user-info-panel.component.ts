/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Data › User',
  path: ['data', 'user'],
  fields: [
    { key: 'open_id', label: 'Open id', path: ['open_id'] },
    { key: 'union_id', label: 'Union id', path: ['union_id'] },
    { key: 'avatar_url', label: 'Avatar url', path: ['avatar_url'] },
    { key: 'avatar_url_100', label: 'Avatar url 100', path: ['avatar_url_100'] },
    { key: 'avatar_large_url', label: 'Avatar large url', path: ['avatar_large_url'] },
    { key: 'display_name', label: 'Display name', path: ['display_name'] },
    { key: 'bio_description', label: 'Bio description', path: ['bio_description'] },
    { key: 'profile_deep_link', label: 'Profile deep link', path: ['profile_deep_link'] },
    { key: 'is_verified', label: 'Is verified', path: ['is_verified'] },
    { key: 'username', label: 'Username', path: ['username'] },
    { key: 'follower_count', label: 'Follower count', path: ['follower_count'] },
    { key: 'following_count', label: 'Following count', path: ['following_count'] },
    { key: 'likes_count', label: 'Likes count', path: ['likes_count'] },
    { key: 'video_count', label: 'Video count', path: ['video_count'] },
  ],
};

const S1: CardSpec = {
  kind: 'card',
  title: 'Error',
  path: ['error'],
  fields: [
    { key: 'code', label: 'Code', path: ['code'] },
    { key: 'message', label: 'Message', path: ['message'] },
    { key: 'log_id', label: 'Log id', path: ['log_id'] },
  ],
};

/**
 * Profile and stats — data view of `user.info`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-tiktok-user-info-panel',
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
export class TiktokUserInfoPanelComponent {
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
