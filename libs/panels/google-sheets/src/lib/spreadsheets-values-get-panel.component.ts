/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `spreadsheets.values.get`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Read cell values',
      path: [],
      fields: [
        { key: 'range', label: 'Range', path: ['range'] },
        { key: 'majorDimension', label: 'Major dimension', path: ['majorDimension'] },
        { key: 'values', label: 'Values', path: ['values'] },
      ],
    },
  ],
};

/**
 * Read cell values — data view of `spreadsheets.values.get`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-sheets-spreadsheets-values-get-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleSheetsSpreadsheetsValuesGetPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
