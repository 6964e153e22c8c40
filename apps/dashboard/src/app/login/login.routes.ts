import { Route } from '@angular/router';
import { guestGuard } from '../core/auth.guards';
import { LoginPage } from './login.page';

export const LOGIN_ROUTES: Route[] = [{ path: '', component: LoginPage, canActivate: [guestGuard], title: 'Sign in · Patchbay' }];
