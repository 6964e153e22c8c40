/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `files.list`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Files',
      path: ['files'],
      columns: [
        { key: 'name', label: 'Name', path: ['name'], link: ['webViewLink'] },
        { key: 'mimeType', label: 'Mime type', path: ['mimeType'] },
        { key: 'description', label: 'Description', path: ['description'] },
        { key: 'parents', label: 'Parents', path: ['parents'] },
        { key: 'webContentLink', label: 'Web content link', path: ['webContentLink'], format: 'url' },
        { key: 'iconLink', label: 'Icon link', path: ['iconLink'], format: 'url' },
        { key: 'size', label: 'Size', path: ['size'] },
        { key: 'createdTime', label: 'Created time', path: ['createdTime'], format: 'datetime' },
      ],
      nested: [
        {
          kind: 'table',
          title: 'Owners',
          path: ['owners'],
          columns: [
            { key: 'displayName', label: 'Display name', path: ['displayName'] },
            { key: 'emailAddress', label: 'Email address', path: ['emailAddress'] },
          ],
          nested: [],
        },
      ],
    },
    {
      kind: 'card',
      title: 'List files',
      path: [],
      fields: [
        {
          key: 'incompleteSearch',
          label: 'Incomplete search',
          path: ['incompleteSearch'],
          format: 'boolean',
        },
      ],
    },
  ],
};

/**
 * List files — data view of `files.list`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-drive-files-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleDriveFilesListPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
