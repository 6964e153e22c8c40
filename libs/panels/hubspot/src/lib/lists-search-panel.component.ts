/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `lists.search`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Lists',
      path: ['lists'],
      columns: [
        { key: 'name', label: 'Name', path: ['name'] },
        { key: 'listVersion', label: 'List version', path: ['listVersion'] },
        { key: 'processingType', label: 'Processing type', path: ['processingType'] },
        { key: 'processingStatus', label: 'Processing status', path: ['processingStatus'] },
        { key: 'size', label: 'Size', path: ['size'] },
        { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
        { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
        {
          key: 'filtersUpdatedAt',
          label: 'Filters updated at',
          path: ['filtersUpdatedAt'],
          format: 'datetime',
        },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Find lists',
      path: [],
      fields: [
        { key: 'hasMore', label: 'Has more', path: ['hasMore'], format: 'boolean' },
        { key: 'offset', label: 'Offset', path: ['offset'] },
        { key: 'total', label: 'Total', path: ['total'] },
      ],
    },
  ],
};

/**
 * Find lists — data view of `lists.search`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-lists-search-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotListsSearchPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
