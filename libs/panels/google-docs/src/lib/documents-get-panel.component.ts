/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DataPanel, PanelDataViewComponent, type PanelViewSpec } from '@patchbay/panel-kit';

/** What the view shows, derived from the response schema of `documents.get`. */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'card',
      title: 'Read a document',
      path: [],
      fields: [
        { key: 'documentId', label: 'Document id', path: ['documentId'] },
        { key: 'title', label: 'Title', path: ['title'] },
        { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
        { key: 'suggestionsViewMode', label: 'Suggestions view mode', path: ['suggestionsViewMode'] },
        { key: 'documentStyle', label: 'Document style', path: ['documentStyle'] },
        { key: 'tabs', label: 'Tabs', path: ['tabs'] },
      ],
    },
    {
      kind: 'table',
      title: 'Body › Content',
      path: ['body', 'content'],
      columns: [
        { key: 'startIndex', label: 'Start index', path: ['startIndex'] },
        { key: 'endIndex', label: 'End index', path: ['endIndex'] },
        { key: 'sectionBreak', label: 'Section break', path: ['sectionBreak'] },
        { key: 'table', label: 'Table', path: ['table'] },
      ],
      nested: [],
    },
  ],
};

/**
 * Read a document — data view of `documents.get`, rendered by the panel kit.
 * Inputs (from `DataPanel`): the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-google-docs-documents-get-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
export class GoogleDocsDocumentsGetPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}
