import { Route } from '@angular/router';
import { adminGuard, authGuard } from './core/auth.guards';

export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('./login/login.routes').then((m) => m.LOGIN_ROUTES) },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'apps' },
      { path: 'apps', loadChildren: () => import('./apps/apps.routes').then((m) => m.APPS_ROUTES) },
      {
        path: 'users',
        canMatch: [adminGuard],
        loadChildren: () => import('./users/users.routes').then((m) => m.USERS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: 'apps' },
];
