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
        { key: 'id', label: 'Id', path: ['id'] },
        { key: 'title', label: 'Title', path: ['title'] },
        { key: 'video_description', label: 'Video description', path: ['video_description'] },
        { key: 'create_time', label: 'Create time', path: ['create_time'] },
        { key: 'cover_image_url', label: 'Cover image url', path: ['cover_image_url'] },
        { key: 'share_url', label: 'Share url', path: ['share_url'] },
        { key: 'embed_link', label: 'Embed link', path: ['embed_link'] },
        { key: 'embed_html', label: 'Embed html', path: ['embed_html'] },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Data',
      path: ['data'],
      fields: [
        { key: 'cursor', label: 'Cursor', path: ['cursor'] },
        { key: 'has_more', label: 'Has more', path: ['has_more'] },
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
