import { Route } from '@angular/router';
import { AuditPage } from './audit.page';

export const AUDIT_ROUTES: Route[] = [{ path: '', component: AuditPage, title: 'Audit trail · Patchbay' }];
