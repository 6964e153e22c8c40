import { Route } from '@angular/router';
import { AcceptInvitationPage } from './accept-invitation.page';

/** `/invite/:token`: public (no session needed), outside the shell like the login page. */
export const INVITATION_ROUTES: Route[] = [{ path: ':token', component: AcceptInvitationPage, title: 'Invitation · Patchbay' }];
