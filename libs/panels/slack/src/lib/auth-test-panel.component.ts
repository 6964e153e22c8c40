/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `auth.test`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Check the token and show the workspace',
      path: [],
      fields: [
        { key: 'ok', label: 'Ok', path: ['ok'], format: 'boolean' },
        { key: 'url', label: 'Url', path: ['url'], format: 'url' },
        { key: 'team', label: 'Team', path: ['team'] },
        { key: 'user', label: 'User', path: ['user'] },
        { key: 'team_id', label: 'Team id', path: ['team_id'] },
        { key: 'user_id', label: 'User id', path: ['user_id'] },
        { key: 'bot_id', label: 'Bot id', path: ['bot_id'] },
        { key: 'enterprise_id', label: 'Enterprise id', path: ['enterprise_id'] },
        {
          key: 'is_enterprise_install',
          label: 'Is enterprise install',
          path: ['is_enterprise_install'],
          format: 'boolean',
        },
      ],
    },
  ],
};

/**
 * Check the token and show the workspace — data view of `auth.test`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-slack-auth-test-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class SlackAuthTestPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
