import { Route } from '@angular/router';
import { ProvidersSettingsPage } from './providers-settings.page';

export const SETTINGS_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'providers' },
  { path: 'providers', component: ProvidersSettingsPage, title: 'Settings · Providers · Patchbay' },
];
