/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `freebusy.query`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Check free/busy times',
      path: [],
      fields: [
        { key: 'timeMin', label: 'Time min', path: ['timeMin'], format: 'datetime' },
        { key: 'timeMax', label: 'Time max', path: ['timeMax'], format: 'datetime' },
        { key: 'calendars', label: 'Calendars', path: ['calendars'] },
        { key: 'groups', label: 'Groups', path: ['groups'] },
      ],
    },
  ],
};

/**
 * Check free/busy times — data view of `freebusy.query`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-calendar-freebusy-query-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleCalendarFreebusyQueryPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
