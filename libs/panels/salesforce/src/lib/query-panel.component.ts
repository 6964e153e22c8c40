/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `query`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Records',
      path: ['records'],
      columns: [
        { key: 'attributes.type', label: 'Attributes type', path: ['attributes', 'type'] },
        { key: 'attributes.url', label: 'Attributes url', path: ['attributes', 'url'], format: 'url' },
      ],
      nested: [],
    },
    {
      kind: 'card',
      title: 'Run a SOQL query',
      path: [],
      fields: [
        { key: 'totalSize', label: 'Total size', path: ['totalSize'] },
        { key: 'done', label: 'Done', path: ['done'], format: 'boolean' },
        { key: 'nextRecordsUrl', label: 'Next records url', path: ['nextRecordsUrl'], format: 'url' },
      ],
    },
  ],
};

/**
 * Run a SOQL query — data view of `query`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-salesforce-query-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class SalesforceQueryPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
