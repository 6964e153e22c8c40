/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { SlackConversationsListPanelComponent } from './conversations-list-panel.component';
import { SlackUsersLookupByEmailPanelComponent } from './users-lookup-by-email-panel.component';
import { SlackAuthTestPanelComponent } from './auth-test-panel.component';
import { ACTIONS } from './actions';
import { SlackConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (3 read operations of Slack). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'conversations.list': { operationId: 'conversations.list', title: 'List channels', component: SlackConversationsListPanelComponent },
  'users.lookupByEmail': {
    operationId: 'users.lookupByEmail',
    title: 'Find a person by email',
    component: SlackUsersLookupByEmailPanelComponent,
    inputs: [{ key: 'email', label: 'Email', required: true }],
  },
  'auth.test': { operationId: 'auth.test', title: 'Check the token and show the workspace', component: SlackAuthTestPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = SlackConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'slack',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
