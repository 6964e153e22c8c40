import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Session } from './session';

/** Only our own same-origin API gets the token, so it can never leak to another host. */
function isApiUrl(url: string): boolean {
  return url.startsWith('/api/');
}

/**
 * A 401 here means "wrong password", which the login page (or the accept-invitation page, for an existing account)
 * shows; it must not bounce to login again.
 */
function isLoginUrl(url: string): boolean {
  return url === '/api/auth/login' || /^\/api\/invitations\/[^/]+\/accept$/.test(url);
}

/**
 * Adds `Authorization: Bearer <token>` to API calls and, when the API says the token is no longer valid
 * (401), drops the session and sends the user to the login page, remembering where they were.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(Session);
  const router = inject(Router);
  const token = session.token();
  const outgoing = token && isApiUrl(req.url) && !isLoginUrl(req.url) ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

  return next(outgoing).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.status === 401 && isApiUrl(req.url) && !isLoginUrl(req.url)) {
        session.end();
        const current = router.url;
        const returnUrl = current.startsWith('/login') ? undefined : current;
        void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
      }
      return throwError(() => err);
    }),
  );
};
