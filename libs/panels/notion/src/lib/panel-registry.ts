/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { NotionDatabasesQueryPanelComponent } from './databases-query-panel.component';
import { NotionPagesRetrievePanelComponent } from './pages-retrieve-panel.component';
import { NotionBlocksChildrenListPanelComponent } from './blocks-children-list-panel.component';
import { NotionSearchPanelComponent } from './search-panel.component';
import { ACTIONS } from './actions';
import { NotionConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (4 read operations of Notion). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'databases.query': {
    operationId: 'databases.query',
    title: 'Query a database',
    component: NotionDatabasesQueryPanelComponent,
    inputs: [
      {
        key: 'database_id',
        label: 'Database id',
        required: true,
        choices: {
          operationId: 'search',
          input: { body: { filter: { property: 'object', value: 'database' } } },
          items: ['results'],
          value: ['id'],
          label: [['properties', '*', 'title', '*', 'plain_text'], ['url']],
        },
      },
    ],
  },
  'pages.retrieve': {
    operationId: 'pages.retrieve',
    title: 'Read a page\'s properties',
    component: NotionPagesRetrievePanelComponent,
    inputs: [{ key: 'page_id', label: 'Page id', required: true }],
  },
  'blocks.children.list': {
    operationId: 'blocks.children.list',
    title: 'Read a page\'s content',
    component: NotionBlocksChildrenListPanelComponent,
    inputs: [
      {
        key: 'block_id',
        label: 'Block id',
        required: true,
        description: 'A block id; a page id works too (a page is a block).',
      },
    ],
  },
  search: { operationId: 'search', title: 'Search shared pages and databases', component: NotionSearchPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = NotionConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'notion',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
