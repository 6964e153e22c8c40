/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `lists.getById`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'List',
      path: ['list'],
      fields: [
        { key: 'listId', label: 'List id', path: ['listId'] },
        { key: 'listVersion', label: 'List version', path: ['listVersion'] },
        { key: 'name', label: 'Name', path: ['name'] },
        { key: 'objectTypeId', label: 'Object type id', path: ['objectTypeId'] },
        { key: 'processingType', label: 'Processing type', path: ['processingType'] },
        { key: 'processingStatus', label: 'Processing status', path: ['processingStatus'] },
        { key: 'size', label: 'Size', path: ['size'] },
        { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
        { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
        { key: 'createdById', label: 'Created by id', path: ['createdById'] },
        { key: 'updatedById', label: 'Updated by id', path: ['updatedById'] },
        {
          key: 'filtersUpdatedAt',
          label: 'Filters updated at',
          path: ['filtersUpdatedAt'],
          format: 'datetime',
        },
      ],
    },
  ],
};

/**
 * Read a list — data view of `lists.getById`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-lists-get-by-id-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotListsGetByIdPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
