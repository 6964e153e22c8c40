/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `users.lookupByEmail`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Find a person by email',
      path: [],
      fields: [{ key: 'ok', label: 'Ok', path: ['ok'], format: 'boolean' }],
    },
    {
      kind: 'card',
      title: 'User',
      path: ['user'],
      fields: [
        { key: 'id', label: 'Id', path: ['id'] },
        { key: 'team_id', label: 'Team id', path: ['team_id'] },
        { key: 'name', label: 'Name', path: ['name'] },
        { key: 'real_name', label: 'Real name', path: ['real_name'] },
        { key: 'deleted', label: 'Deleted', path: ['deleted'], format: 'boolean' },
        { key: 'is_bot', label: 'Is bot', path: ['is_bot'], format: 'boolean' },
        { key: 'is_admin', label: 'Is admin', path: ['is_admin'], format: 'boolean' },
        { key: 'tz', label: 'Tz', path: ['tz'] },
        { key: 'tz_offset', label: 'Tz offset', path: ['tz_offset'] },
      ],
    },
    {
      kind: 'card',
      title: 'User › Profile',
      path: ['user', 'profile'],
      fields: [
        { key: 'email', label: 'Email', path: ['email'] },
        { key: 'display_name', label: 'Display name', path: ['display_name'] },
        { key: 'real_name', label: 'Real name', path: ['real_name'] },
        { key: 'title', label: 'Title', path: ['title'] },
        { key: 'image_72', label: 'Image 72', path: ['image_72'], format: 'url' },
      ],
    },
  ],
};

/**
 * Find a person by email — data view of `users.lookupByEmail`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-slack-users-lookup-by-email-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class SlackUsersLookupByEmailPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
