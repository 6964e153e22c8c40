import { Route } from '@angular/router';
import { adminGuard, authGuard } from './core/auth.guards';

export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('./login/login.routes').then((m) => m.LOGIN_ROUTES) },
  // The OAuth callback sends the consent popup here; it must work without the shell and without a session.
  {
    path: 'oauth/complete',
    loadComponent: () => import('./oauth/oauth-complete.page').then((m) => m.OAuthCompletePage),
    title: 'Connecting · Patchbay',
  },
  // Invitation and password-reset links: public, outside the shell, like the login page.
  { path: 'invite', loadChildren: () => import('./invitations/invitations.routes').then((m) => m.INVITATION_ROUTES) },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'apps' },
      { path: 'apps', loadChildren: () => import('./apps/apps.routes').then((m) => m.APPS_ROUTES) },
      { path: 'account', loadComponent: () => import('./users/account.page').then((m) => m.AccountPage), title: 'Account · Patchbay' },
      {
        path: 'users',
        canMatch: [adminGuard],
        loadChildren: () => import('./users/users.routes').then((m) => m.USERS_ROUTES),
      },
      {
        path: 'settings',
        canMatch: [adminGuard],
        loadChildren: () => import('./settings/settings.routes').then((m) => m.SETTINGS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: 'apps' },
];
