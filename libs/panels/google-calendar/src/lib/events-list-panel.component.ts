/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `events.list`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Items',
      path: ['items'],
      columns: [
        { key: 'summary', label: 'Title', path: ['summary'], link: ['htmlLink'] },
        {
          key: 'start.dateTime|start.date',
          label: 'Start',
          path: ['start', 'dateTime'],
          or: [['start', 'date']],
          format: 'datetime',
        },
        {
          key: 'end.dateTime|end.date',
          label: 'End',
          path: ['end', 'dateTime'],
          or: [['end', 'date']],
          format: 'datetime',
        },
        { key: 'location', label: 'Location', path: ['location'] },
        { key: 'status', label: 'Status', path: ['status'] },
        { key: 'organizer.email', label: 'Organizer', path: ['organizer', 'email'] },
        { key: 'updated', label: 'Last changed', path: ['updated'], format: 'datetime' },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'List events',
      path: [],
      fields: [
        { key: 'summary', label: 'Summary', path: ['summary'] },
        { key: 'updated', label: 'Updated', path: ['updated'], format: 'datetime' },
        { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
        { key: 'accessRole', label: 'Access role', path: ['accessRole'] },
      ],
    },
  ],
};

/**
 * List events — data view of `events.list`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-calendar-events-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleCalendarEventsListPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
