/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `presentations.get`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Read a presentation',
      path: [],
      fields: [
        { key: 'presentationId', label: 'Presentation id', path: ['presentationId'] },
        { key: 'title', label: 'Title', path: ['title'] },
        { key: 'locale', label: 'Locale', path: ['locale'] },
        { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
      ],
    },
    {
      kind: 'card',
      title: 'Page size › Width',
      path: ['pageSize', 'width'],
      fields: [
        { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
        { key: 'unit', label: 'Unit', path: ['unit'] },
      ],
    },
    {
      kind: 'card',
      title: 'Page size › Height',
      path: ['pageSize', 'height'],
      fields: [
        { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
        { key: 'unit', label: 'Unit', path: ['unit'] },
      ],
    },
    {
      kind: 'table',
      title: 'Slides',
      path: ['slides'],
      columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
      nested: [
        {
          kind: 'table',
          title: 'Page elements',
          path: ['pageElements'],
          columns: [
            { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
            { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
            { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
            { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
            { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
            { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
          ],
          nested: [],
        },
      ],
    },
    {
      kind: 'table',
      title: 'Layouts',
      path: ['layouts'],
      columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
      nested: [
        {
          kind: 'table',
          title: 'Page elements',
          path: ['pageElements'],
          columns: [
            { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
            { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
            { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
            { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
            { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
            { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
          ],
          nested: [],
        },
      ],
    },
    {
      kind: 'table',
      title: 'Masters',
      path: ['masters'],
      columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
      nested: [
        {
          kind: 'table',
          title: 'Page elements',
          path: ['pageElements'],
          columns: [
            { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
            { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
            { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
            { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
            { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
            { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
          ],
          nested: [],
        },
      ],
    },
  ],
};

/**
 * Read a presentation — data view of `presentations.get`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-slides-presentations-get-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleSlidesPresentationsGetPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
