/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `conversations.list`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Channels',
      path: ['channels'],
      columns: [
        { key: 'name', label: 'Name', path: ['name'] },
        { key: 'is_channel', label: 'Is channel', path: ['is_channel'], format: 'boolean' },
        { key: 'is_group', label: 'Is group', path: ['is_group'], format: 'boolean' },
        { key: 'is_im', label: 'Is im', path: ['is_im'], format: 'boolean' },
        { key: 'is_mpim', label: 'Is mpim', path: ['is_mpim'], format: 'boolean' },
        { key: 'is_private', label: 'Is private', path: ['is_private'], format: 'boolean' },
        { key: 'is_archived', label: 'Is archived', path: ['is_archived'], format: 'boolean' },
        { key: 'is_general', label: 'Is general', path: ['is_general'], format: 'boolean' },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'List channels',
      path: [],
      fields: [{ key: 'ok', label: 'Ok', path: ['ok'], format: 'boolean' }],
    },
  ],
};

/**
 * List channels — data view of `conversations.list`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-slack-conversations-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class SlackConversationsListPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
