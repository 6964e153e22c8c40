/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `blocks.children.list`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        { key: 'type', label: 'Type', path: ['type'] },
        { key: 'created_time', label: 'Created time', path: ['created_time'], format: 'datetime' },
        {
          key: 'last_edited_time',
          label: 'Last edited time',
          path: ['last_edited_time'],
          format: 'datetime',
        },
        { key: 'has_children', label: 'Has children', path: ['has_children'], format: 'boolean' },
        { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
        { key: 'in_trash', label: 'In trash', path: ['in_trash'], format: 'boolean' },
        { key: 'divider', label: 'Divider', path: ['divider'] },
        { key: 'parent.type', label: 'Parent type', path: ['parent', 'type'] },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Read a page\'s content',
      path: [],
      fields: [
        { key: 'type', label: 'Type', path: ['type'] },
        { key: 'block', label: 'Block', path: ['block'] },
        { key: 'has_more', label: 'Has more', path: ['has_more'], format: 'boolean' },
      ],
    },
  ],
};

/**
 * Read a page's content — data view of `blocks.children.list`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-notion-blocks-children-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class NotionBlocksChildrenListPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
