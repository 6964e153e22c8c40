/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `contacts.getById`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Read a contact',
      path: [],
      fields: [
        { key: 'id', label: 'Id', path: ['id'] },
        { key: 'properties', label: 'Properties', path: ['properties'] },
        { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
        { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
        { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
      ],
    },
  ],
};

/**
 * Read a contact — data view of `contacts.getById`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-contacts-get-by-id-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotContactsGetByIdPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
