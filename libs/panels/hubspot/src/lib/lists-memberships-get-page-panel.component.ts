/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `lists.memberships.getPage`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        {
          key: 'membershipTimestamp',
          label: 'Membership timestamp',
          path: ['membershipTimestamp'],
          format: 'datetime',
        },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'List the members of a list',
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
 * List the members of a list — data view of `lists.memberships.getPage`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-lists-memberships-get-page-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotListsMembershipsGetPagePanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
