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
        { key: 'kind', label: 'Kind', path: ['kind'] },
        { key: 'id', label: 'Id', path: ['id'] },
        { key: 'etag', label: 'Etag', path: ['etag'] },
        { key: 'status', label: 'Status', path: ['status'] },
        { key: 'htmlLink', label: 'Html link', path: ['htmlLink'] },
        { key: 'created', label: 'Created', path: ['created'] },
        { key: 'updated', label: 'Updated', path: ['updated'] },
        { key: 'summary', label: 'Summary', path: ['summary'] },
      ],
      nested: [
        {
          kind: 'table',
          title: 'Attendees',
          path: ['attendees'],
          columns: [
            { key: 'email', label: 'Email', path: ['email'] },
            { key: 'displayName', label: 'Display name', path: ['displayName'] },
            { key: 'optional', label: 'Optional', path: ['optional'] },
            { key: 'responseStatus', label: 'Response status', path: ['responseStatus'] },
            { key: 'organizer', label: 'Organizer', path: ['organizer'] },
            { key: 'self', label: 'Self', path: ['self'] },
          ],
          nested: [],
        },
      ],
    },
    {
      kind: 'card',
      title: 'List events',
      path: [],
      fields: [
        { key: 'kind', label: 'Kind', path: ['kind'] },
        { key: 'etag', label: 'Etag', path: ['etag'] },
        { key: 'summary', label: 'Summary', path: ['summary'] },
        { key: 'updated', label: 'Updated', path: ['updated'] },
        { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
        { key: 'accessRole', label: 'Access role', path: ['accessRole'] },
        { key: 'nextPageToken', label: 'Next page token', path: ['nextPageToken'] },
        { key: 'nextSyncToken', label: 'Next sync token', path: ['nextSyncToken'] },
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
