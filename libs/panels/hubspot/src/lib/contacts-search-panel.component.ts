/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `contacts.search`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        { key: 'properties.firstname', label: 'First name', path: ['properties', 'firstname'] },
        { key: 'properties.lastname', label: 'Last name', path: ['properties', 'lastname'] },
        { key: 'properties.email', label: 'Email', path: ['properties', 'email'] },
        { key: 'properties.company', label: 'Company', path: ['properties', 'company'] },
        {
          key: 'properties.lifecyclestage',
          label: 'Lifecycle stage',
          path: ['properties', 'lifecyclestage'],
        },
        { key: 'updatedAt', label: 'Last changed', path: ['updatedAt'], format: 'datetime' },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Search contacts',
      path: [],
      fields: [{ key: 'total', label: 'Total', path: ['total'] }],
    },
    {
      kind: 'card',
      title: 'Paging › Next',
      path: ['paging', 'next'],
      fields: [
        { key: 'after', label: 'After', path: ['after'] },
        { key: 'link', label: 'Link', path: ['link'], format: 'url' },
      ],
    },
  ],
};

/**
 * Search contacts — data view of `contacts.search`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-contacts-search-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotContactsSearchPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
