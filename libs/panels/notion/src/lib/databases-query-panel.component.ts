/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `databases.query`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
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
      nested: [],
    },
    {
      kind: 'card',
      title: 'Query a database',
      path: [],
      fields: [
        { key: 'type', label: 'Type', path: ['type'] },
        { key: 'has_more', label: 'Has more', path: ['has_more'], format: 'boolean' },
      ],
    },
  ],
};

/**
 * Query a database — data view of `databases.query`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-notion-databases-query-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class NotionDatabasesQueryPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
