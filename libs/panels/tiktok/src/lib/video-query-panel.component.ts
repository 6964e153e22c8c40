/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `video.query`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Data › Videos',
      path: ['data', 'videos'],
      columns: [
        { key: 'title', label: 'Title', path: ['title'] },
        { key: 'video_description', label: 'Video description', path: ['video_description'] },
        { key: 'create_time', label: 'Create time', path: ['create_time'] },
        { key: 'cover_image_url', label: 'Cover image url', path: ['cover_image_url'], format: 'url' },
        { key: 'share_url', label: 'Share url', path: ['share_url'], format: 'url' },
        { key: 'embed_link', label: 'Embed link', path: ['embed_link'], format: 'url' },
        { key: 'embed_html', label: 'Embed html', path: ['embed_html'] },
        { key: 'duration', label: 'Duration', path: ['duration'] },
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
 * Refresh stats of given videos — data view of `video.query`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-tiktok-video-query-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class TiktokVideoQueryPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
