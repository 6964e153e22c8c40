/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `pipelines.getAll`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        { key: 'label', label: 'Label', path: ['label'] },
        { key: 'displayOrder', label: 'Display order', path: ['displayOrder'] },
        { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
        { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
        { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
      ],
      nested: [
        {
          kind: 'table',
          title: 'Stages',
          path: ['stages'],
          columns: [
            { key: 'label', label: 'Label', path: ['label'] },
            { key: 'displayOrder', label: 'Display order', path: ['displayOrder'] },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
            { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
            { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
            { key: 'writePermissions', label: 'Write permissions', path: ['writePermissions'] },
            { key: 'metadata.isClosed', label: 'Metadata is closed', path: ['metadata', 'isClosed'] },
            { key: 'metadata.probability', label: 'Metadata probability', path: ['metadata', 'probability'] },
          ],
          nested: [],
        },
      ],
    },
  ],
};

/**
 * List deal pipelines and stages — data view of `pipelines.getAll`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-pipelines-get-all-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class HubspotPipelinesGetAllPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
