/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `user.info`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Data › User',
      path: ['data', 'user'],
      fields: [
        { key: 'open_id', label: 'Open id', path: ['open_id'] },
        { key: 'union_id', label: 'Union id', path: ['union_id'] },
        { key: 'avatar_url', label: 'Avatar url', path: ['avatar_url'], format: 'url' },
        { key: 'avatar_url_100', label: 'Avatar url 100', path: ['avatar_url_100'], format: 'url' },
        { key: 'avatar_large_url', label: 'Avatar large url', path: ['avatar_large_url'], format: 'url' },
        { key: 'display_name', label: 'Display name', path: ['display_name'] },
        { key: 'bio_description', label: 'Bio description', path: ['bio_description'] },
        { key: 'profile_deep_link', label: 'Profile deep link', path: ['profile_deep_link'], format: 'url' },
        { key: 'is_verified', label: 'Is verified', path: ['is_verified'], format: 'boolean' },
        { key: 'username', label: 'Username', path: ['username'] },
        { key: 'follower_count', label: 'Follower count', path: ['follower_count'] },
        { key: 'following_count', label: 'Following count', path: ['following_count'] },
        { key: 'likes_count', label: 'Likes count', path: ['likes_count'] },
        { key: 'video_count', label: 'Video count', path: ['video_count'] },
      ],
    },
    {
      kind: 'card',
      title: 'Error',
      path: ['error'],
      fields: [
        { key: 'code', label: 'Code', path: ['code'] },
        { key: 'message', label: 'Message', path: ['message'] },
        { key: 'log_id', label: 'Log id', path: ['log_id'] },
      ],
    },
  ],
};

/**
 * Profile and stats — data view of `user.info`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-tiktok-user-info-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class TiktokUserInfoPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
