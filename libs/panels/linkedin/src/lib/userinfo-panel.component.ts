/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `userinfo`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Who is signed in',
      path: [],
      fields: [
        { key: 'sub', label: 'Sub', path: ['sub'] },
        { key: 'name', label: 'Name', path: ['name'] },
        { key: 'given_name', label: 'Given name', path: ['given_name'] },
        { key: 'family_name', label: 'Family name', path: ['family_name'] },
        { key: 'picture', label: 'Picture', path: ['picture'], format: 'url' },
        { key: 'email', label: 'Email', path: ['email'] },
        { key: 'email_verified', label: 'Email verified', path: ['email_verified'], format: 'boolean' },
      ],
    },
    {
      kind: 'card',
      title: 'Locale',
      path: ['locale'],
      fields: [
        { key: 'country', label: 'Country', path: ['country'] },
        { key: 'language', label: 'Language', path: ['language'] },
      ],
    },
  ],
};

/**
 * Who is signed in — data view of `userinfo`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-linkedin-userinfo-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class LinkedinUserinfoPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
