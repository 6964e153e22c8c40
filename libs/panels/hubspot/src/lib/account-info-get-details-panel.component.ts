/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `accountInfo.getDetails`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Account details',
      path: [],
      fields: [
        { key: 'portalId', label: 'Portal id', path: ['portalId'] },
        { key: 'accountType', label: 'Account type', path: ['accountType'] },
        { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
        { key: 'companyCurrency', label: 'Company currency', path: ['companyCurrency'] },
        { key: 'additionalCurrencies', label: 'Additional currencies', path: ['additionalCurrencies'] },
        { key: 'utcOffset', label: 'Utc offset', path: ['utcOffset'] },
        { key: 'utcOffsetMilliseconds', label: 'Utc offset milliseconds', path: ['utcOffsetMilliseconds'] },
        { key: 'uiDomain', label: 'Ui domain', path: ['uiDomain'] },
        { key: 'dataHostingLocation', label: 'Data hosting location', path: ['dataHostingLocation'] },
      ],
    },
  ],
};

/**
 * Account details — data view of `accountInfo.getDetails`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-account-info-get-details-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotAccountInfoGetDetailsPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
