/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `deals.search`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        { key: 'properties.dealname', label: 'Title', path: ['properties', 'dealname'] },
        { key: 'properties.amount', label: 'Amount', path: ['properties', 'amount'] },
        { key: 'properties.dealstage', label: 'Stage', path: ['properties', 'dealstage'] },
        {
          key: 'properties.closedate',
          label: 'Close date',
          path: ['properties', 'closedate'],
          format: 'date',
        },
        { key: 'updatedAt', label: 'Last changed', path: ['updatedAt'], format: 'datetime' },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Search deals',
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
 * Search deals — data view of `deals.search`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-deals-search-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotDealsSearchPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
