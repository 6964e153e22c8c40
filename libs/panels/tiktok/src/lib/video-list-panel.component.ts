/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `video.list`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Data › Videos',
      path: ['data', 'videos'],
      columns: [
        { key: 'title', label: 'Title', path: ['title'], link: ['share_url'] },
        { key: 'video_description', label: 'Video description', path: ['video_description'] },
        { key: 'duration', label: 'Duration', path: ['duration'] },
        { key: 'view_count', label: 'View count', path: ['view_count'] },
        { key: 'like_count', label: 'Like count', path: ['like_count'] },
        { key: 'comment_count', label: 'Comment count', path: ['comment_count'] },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Data',
      path: ['data'],
      fields: [{ key: 'has_more', label: 'Has more', path: ['has_more'], format: 'boolean' }],
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
 * List my videos — data view of `video.list`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-tiktok-video-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class TiktokVideoListPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
