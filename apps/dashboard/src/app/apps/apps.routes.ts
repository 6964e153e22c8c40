import { Route } from '@angular/router';
import { AppDetailPage } from './app-detail.page';
import { AppListPage } from './app-list.page';
import { AppMembersPage } from './app-members.page';
import { AppOverviewPage } from './app-overview.page';

export const APPS_ROUTES: Route[] = [
  { path: '', component: AppListPage, title: 'Apps · Patchbay' },
  {
    path: ':appId',
    component: AppDetailPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      { path: 'overview', component: AppOverviewPage, title: 'App overview · Patchbay' },
      {
        path: 'integrations',
        loadChildren: () => import('../integrations/integrations.routes').then((m) => m.INTEGRATIONS_ROUTES),
      },
      {
        path: 'chat',
        loadComponent: () => import('../chat/chat.page').then((m) => m.ChatPage),
        title: 'Chat · Patchbay',
      },
      {
        path: 'code',
        loadChildren: () => import('../functions/functions.routes').then((m) => m.CODE_ROUTES),
      },
      { path: 'members', component: AppMembersPage, title: 'App members · Patchbay' },
      {
        path: 'custom-integrations',
        loadChildren: () => import('../custom-integrations/custom-integrations.routes').then((m) => m.CUSTOM_INTEGRATIONS_ROUTES),
      },
      { path: 'api-keys', loadChildren: () => import('../api-keys/api-keys.routes').then((m) => m.API_KEYS_ROUTES) },
      { path: 'audit', loadChildren: () => import('../audit/audit.routes').then((m) => m.AUDIT_ROUTES) },
    ],
  },
];
