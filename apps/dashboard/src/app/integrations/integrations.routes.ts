import { Route } from '@angular/router';
import { BrowsePage } from './browse.page';
import { ConnectPage } from './connect.page';
import { ConnectionDetailPage } from './connection-detail.page';
import { IntegrationsPage } from './integrations.page';
import { MyIntegrationsPage } from './my-integrations.page';

export const INTEGRATIONS_ROUTES: Route[] = [
  {
    path: '',
    component: IntegrationsPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'browse' },
      { path: 'browse', component: BrowsePage, title: 'Integrations · Browse · Patchbay' },
      { path: 'mine', component: MyIntegrationsPage, title: 'My integrations · Patchbay' },
      { path: 'connect/:providerId', component: ConnectPage, title: 'Connect a tool · Patchbay' },
      { path: 'connections/:providerId', component: ConnectionDetailPage, title: 'Connection · Patchbay' },
    ],
  },
];
