/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `pages.retrieve`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Read a page\'s properties',
      path: [],
      fields: [
        {
          key: 'properties.*.title.*.plain_text|properties.*.title.*.text.content',
          label: 'Title',
          path: ['properties', '*', 'title', '*', 'plain_text'],
          or: [['properties', '*', 'title', '*', 'text', 'content']],
          link: ['url'],
        },
        { key: 'last_edited_time', label: 'Last edited', path: ['last_edited_time'], format: 'datetime' },
        { key: 'created_time', label: 'Created', path: ['created_time'], format: 'datetime' },
      ],
    },
    {
      kind: 'card',
      title: 'Icon',
      path: ['icon'],
      fields: [
        { key: 'type', label: 'Type', path: ['type'] },
        { key: 'emoji', label: 'Emoji', path: ['emoji'] },
      ],
    },
    {
      kind: 'card',
      title: 'Parent',
      path: ['parent'],
      fields: [
        { key: 'type', label: 'Type', path: ['type'] },
        { key: 'database_id', label: 'Database id', path: ['database_id'] },
        { key: 'page_id', label: 'Page id', path: ['page_id'] },
        { key: 'block_id', label: 'Block id', path: ['block_id'] },
        { key: 'workspace', label: 'Workspace', path: ['workspace'], format: 'boolean' },
      ],
    },
  ],
};

/**
 * Read a page's properties — data view of `pages.retrieve`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-notion-pages-retrieve-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class NotionPagesRetrievePanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
