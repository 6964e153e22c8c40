import { Route } from '@angular/router';
import { CustomIntegrationsPage } from './custom-integrations.page';

export const CUSTOM_INTEGRATIONS_ROUTES: Route[] = [{ path: '', component: CustomIntegrationsPage, title: 'Custom integrations · Patchbay' }];
