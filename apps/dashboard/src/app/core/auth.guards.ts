import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Lets signed-in users through; everyone else goes to the login page and comes back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthService).restore();
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Instance-admin-only areas (the Users page). The API enforces this too; the guard only avoids a dead page. */
export const adminGuard: CanMatchFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).restore();
  return user?.role === 'admin' ? true : router.createUrlTree(['/apps']);
};

/** Keeps a signed-in user away from the login form. */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).restore();
  return user ? router.createUrlTree(['/apps']) : true;
};
